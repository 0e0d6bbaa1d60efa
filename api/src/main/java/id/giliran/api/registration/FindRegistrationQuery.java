package id.giliran.api.registration;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

@Permitted({Role.PETUGAS_LOKET, Role.ADMIN})
public record FindRegistrationQuery(String registrationId) {
}
