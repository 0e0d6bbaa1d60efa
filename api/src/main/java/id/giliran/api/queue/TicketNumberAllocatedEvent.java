package id.giliran.api.queue;

import java.time.LocalDate;

/** A queue line gave its next number to a ticket. */
public record TicketNumberAllocatedEvent(
        String queueLineId,
        LocalDate serviceDate,
        TicketNumber number,
        String ticketId) {
}
