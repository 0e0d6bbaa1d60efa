package id.giliran.api.report;

import id.giliran.api.queue.TicketStatus;

import java.time.Instant;

/**
 * What a counter (loket) is doing now: the ticket it called last and where that ticket stands.
 * {@code ticketNumber} is null when the counter has called nobody today; {@code status} tells
 * whether the ticket is called, being served, or already finished (the counter is then free).
 */
public record CounterServing(int counterNumber, String counterName, String ticketNumber, String clinicName,
                             TicketStatus status, Instant since) {
}
