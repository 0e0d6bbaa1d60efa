package id.giliran.api.device;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Duration;

/**
 * A browser opened a device's one-time enrolment link: it becomes that device. Sent without signing in (the
 * kiosk and the display have no account); the enrolment code's hash is the proof, for {@link #LINK_VALID_FOR}.
 *
 * @param enrolmentCodeHash the keyed hash of the code in the link
 * @param tokenHash         the keyed hash of the new device token the browser keeps in its cookie
 */
@Permitted(value = Role.ADMIN, anyone = true)
public record EnrolDeviceCommand(
        @TargetAggregateIdentifier String deviceId,
        String enrolmentCodeHash,
        String tokenHash) {

    /** How long after registering a device its enrolment link works (once). */
    public static final Duration LINK_VALID_FOR = Duration.ofHours(24);
}
