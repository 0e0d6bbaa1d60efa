package id.giliran.api.document;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

/** The scans attached to a patient, newest first; front-desk staff only. */
@Permitted({Role.PETUGAS_LOKET, Role.ADMIN})
public record FindPatientDocumentsQuery(String patientId) {
}
