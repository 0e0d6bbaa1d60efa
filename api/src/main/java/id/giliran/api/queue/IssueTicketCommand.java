package id.giliran.api.queue;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Take a ticket. Handled by the queue line of {@code prefix} on {@code serviceDate}, which gives
 * the next number of that line and creates the ticket {@code ticketId}.
 *
 * @param priorityReason required for {@link TicketCategory#PRIORITY}, absent for general tickets
 */
public record IssueTicketCommand(
        String ticketId,
        LocalDate serviceDate,
        String prefix,
        TicketCategory category,
        PriorityReason priorityReason,
        PaymentType payment,
        String clinicCode) {

    @TargetAggregateIdentifier
    public String queueLineId() {
        return QueueLines.lineId(prefix, serviceDate);
    }
}
