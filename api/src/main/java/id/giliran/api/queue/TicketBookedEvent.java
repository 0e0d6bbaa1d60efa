package id.giliran.api.queue;

import java.time.Instant;
import java.time.LocalDate;

/** A ticket was booked online; it holds its number and waits for the patient to arrive. */
public record TicketBookedEvent(
        String ticketId,
        LocalDate serviceDate,
        TicketNumber number,
        TicketCategory category,
        PriorityReason priorityReason,
        PaymentType payment,
        String clinicCode,
        String patient,
        String bookingCode,
        String nik,
        String bpjsNumber,
        String phone,
        Instant bookedAt) {
}
