package id.giliran.api.queue;

import java.time.Instant;
import java.time.LocalDate;

/** The patient of an online booking arrived; the ticket now waits to be called. */
public record TicketArrivalConfirmedEvent(
        String ticketId,
        LocalDate serviceDate,
        TicketNumber number,
        ArrivalChannel channel,
        Instant confirmedAt) {
}
