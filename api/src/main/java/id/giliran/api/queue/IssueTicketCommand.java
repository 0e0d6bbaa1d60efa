package id.giliran.api.queue;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Take a ticket. Handled by the queue line of {@code prefix} on {@code serviceDate}, which gives
 * the next number of that line and creates the ticket {@code ticketId}.
 *
 * @param priorityReason required for {@link TicketCategory#PRIORITY}, absent for general tickets
 */
@Permitted(value = {Role.PETUGAS_LOKET, Role.ADMIN, Role.PASIEN}, anyone = true)
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
