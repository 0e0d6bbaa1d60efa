package id.giliran.api.device;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * ADMIN registers a kiosk or a display. The one-time enrolment code is shown to the admin once (as a link) and
 * travels here only as its keyed hash.
 *
 * @param enrolmentCodeHash the keyed hash of the one-time enrolment code, never the code itself
 */
@Permitted(Role.ADMIN)
public record RegisterDeviceCommand(
        @TargetAggregateIdentifier String deviceId,
        String name,
        DeviceKind kind,
        String enrolmentCodeHash) {
}
