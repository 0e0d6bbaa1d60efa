package id.giliran.api.queue;

import java.time.Instant;
import java.time.LocalDate;

public record TicketFinishedEvent(String ticketId, LocalDate serviceDate, TicketNumber number, Instant finishedAt) {
}
