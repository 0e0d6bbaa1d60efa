package id.giliran.api.patient;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

/** One patient; answered with {@code Optional<PatientView>}. */
@Permitted({Role.PETUGAS_LOKET, Role.ADMIN})
public record FindPatientQuery(String patientId) {
}
