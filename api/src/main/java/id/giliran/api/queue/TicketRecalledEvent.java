package id.giliran.api.queue;

import java.time.Instant;
import java.time.LocalDate;

public record TicketRecalledEvent(String ticketId, LocalDate serviceDate, TicketNumber number, int counterNumber,
                                  Instant recalledAt) {
}
