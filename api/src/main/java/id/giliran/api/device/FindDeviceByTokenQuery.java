package id.giliran.api.device;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

/**
 * The device a kiosk or display browser is, by the keyed hash of the token in its cookie; answered with an
 * optional {@link DeviceView}. Asked without signing in (the kiosk and the display have no account).
 */
@Permitted(value = Role.ADMIN, anyone = true)
public record FindDeviceByTokenQuery(String tokenHash) {
}
