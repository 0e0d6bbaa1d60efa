package id.giliran.api.masterdata;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

/** The registered clinics in prefix order; answered with a list of {@link ClinicView}. */
@Permitted(value = {Role.PETUGAS_LOKET, Role.ADMIN, Role.PASIEN}, anyone = true)
public record FindClinicsQuery() {
}
