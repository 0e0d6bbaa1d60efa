package id.giliran.api.patient;

/** A patient's NIK was corrected: the old NIK is free again. */
public record PatientNikReleasedEvent(String nikClaimId, String nik, String patientId) {
}
