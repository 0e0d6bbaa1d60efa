package id.giliran.api.device;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A browser opened a device's one-time enrolment link: it becomes that device. Sent without signing in (the
 * kiosk and the display have no account); the enrolment code's hash is the proof.
 *
 * @param enrolmentCodeHash the keyed hash of the code in the link
 * @param tokenHash         the keyed hash of the new device token the browser keeps in its cookie
 */
@Permitted(value = Role.ADMIN, anyone = true)
public record EnrolDeviceCommand(
        @TargetAggregateIdentifier String deviceId,
        String enrolmentCodeHash,
        String tokenHash) {
}
