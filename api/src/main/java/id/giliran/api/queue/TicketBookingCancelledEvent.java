package id.giliran.api.queue;

import java.time.Instant;
import java.time.LocalDate;

/** An online booking was cancelled before arrival; its number is not given again. */
public record TicketBookingCancelledEvent(
        String ticketId,
        LocalDate serviceDate,
        TicketNumber number,
        String clinicCode,
        String reason,
        String cancelledBy,
        Instant cancelledAt) {
}
