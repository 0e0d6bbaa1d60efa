package id.giliran.api.queue;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * A patient books a ticket online for a clinic and a day from today up to {@link Bookings#DAYS_AHEAD}
 * days ahead. The queue line of {@code prefix} on {@code serviceDate} gives it its number at once
 * (its place in the line is held), but it is not called until the patient confirms arrival.
 *
 * @param patient     the username of the patient booking; must be the caller's own
 * @param bookingCode the code the patient shows or types at the kiosk ({@link Bookings#CODE_PATTERN})
 * @param nik         optional, 16 digits
 * @param bpjsNumber  optional, 13 digits
 * @param phone       optional WhatsApp number in +62 form, for "your turn is near" messages
 */
@Permitted(Role.PASIEN)
public record BookTicketCommand(
        String ticketId,
        LocalDate serviceDate,
        String prefix,
        TicketCategory category,
        PriorityReason priorityReason,
        PaymentType payment,
        String clinicCode,
        String patient,
        String bookingCode,
        String nik,
        String bpjsNumber,
        String phone) {

    @TargetAggregateIdentifier
    public String queueLineId() {
        return QueueLines.lineId(prefix, serviceDate);
    }
}
