package id.giliran.api.device;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** ADMIN revokes a device: its browser is refused at its next request, and its enrolment link no longer works. */
@Permitted(Role.ADMIN)
public record RevokeDeviceCommand(@TargetAggregateIdentifier String deviceId) {
}
