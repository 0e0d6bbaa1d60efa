package id.giliran.api.device;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

/** Every registered device, newest first; answered with a list of {@link DeviceView}. */
@Permitted(Role.ADMIN)
public record FindDevicesQuery() {
}
