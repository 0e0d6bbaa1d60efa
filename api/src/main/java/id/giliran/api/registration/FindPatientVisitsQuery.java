package id.giliran.api.registration;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

/** A patient's visit history: their registrations, newest first. */
@Permitted({Role.PETUGAS_LOKET, Role.ADMIN})
public record FindPatientVisitsQuery(String patientId) {
}
