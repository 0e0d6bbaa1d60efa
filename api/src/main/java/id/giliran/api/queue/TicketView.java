package id.giliran.api.queue;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A ticket as the read model knows it.
 *
 * @param waitingAhead         how many waiting tickets will be called before this one under the calling
 *                             ratio (0 once called)
 * @param estimatedWaitMinutes waitingAhead × the average service time (learned from today's service
 *                             times once there are enough, else the admin's starting value)
 * @param online               booked online (then {@code bookingCode} is its code)
 */
public record TicketView(
        String ticketId,
        String number,
        LocalDate serviceDate,
        TicketCategory category,
        PriorityReason priorityReason,
        PaymentType payment,
        String clinicCode,
        String clinicName,
        TicketStatus status,
        Instant issuedAt,
        Instant calledAt,
        Integer counterNumber,
        long waitingAhead,
        long estimatedWaitMinutes,
        boolean online,
        String bookingCode) {
}
