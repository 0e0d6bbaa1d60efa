package id.giliran.api.queue;

import java.time.Instant;
import java.time.LocalDate;

public record TicketServingStartedEvent(String ticketId, LocalDate serviceDate, TicketNumber number,
                                        Instant startedAt) {
}
