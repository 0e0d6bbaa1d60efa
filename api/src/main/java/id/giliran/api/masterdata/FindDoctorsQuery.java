package id.giliran.api.masterdata;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

/** Every doctor, by name. */
@Permitted({Role.ADMIN, Role.PETUGAS_LOKET})
public record FindDoctorsQuery() {
}
