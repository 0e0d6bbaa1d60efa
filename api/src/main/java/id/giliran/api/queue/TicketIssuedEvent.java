package id.giliran.api.queue;

import java.time.Instant;
import java.time.LocalDate;

/** A ticket was taken and waits to be called. */
public record TicketIssuedEvent(
        String ticketId,
        LocalDate serviceDate,
        TicketNumber number,
        TicketCategory category,
        PriorityReason priorityReason,
        PaymentType payment,
        String clinicCode,
        Instant issuedAt) {
}
