package id.giliran.api.queue;

import java.time.Instant;
import java.time.LocalDate;

/** A ticket was called to a counter. */
public record TicketCalledEvent(
        String ticketId,
        LocalDate serviceDate,
        TicketNumber number,
        String counterId,
        int counterNumber,
        Instant calledAt) {
}
