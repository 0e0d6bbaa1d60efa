package id.giliran.api.notification;

import id.giliran.api.identity.Permitted;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * The queue saw a ticket with a phone number come within the admin's "notify ahead" of being
 * called: ask for one WhatsApp message to the patient. Sent by the application only; asking again
 * for the same ticket changes nothing (a ticket gets at most one such message).
 *
 * @param phone the patient's number in +62 form
 * @param ahead how many tickets were ahead when the turn came near
 * @param patient the username of the account that booked the ticket (whose phone number it is)
 */
@Permitted({})
public record RequestTurnNotificationCommand(
        @TargetAggregateIdentifier String notificationId,
        String ticketId,
        LocalDate serviceDate,
        String ticketNumber,
        String clinicName,
        String phone,
        int ahead,
        String patient) {

    /** The one notification a ticket can have. */
    public static String notificationIdOf(String ticketId) {
        return "turn:" + ticketId;
    }
}
