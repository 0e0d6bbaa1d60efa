package id.giliran.api.patient;

/** A NIK now belongs to a patient; no other patient can be registered with it. */
public record PatientNikClaimedEvent(String nikClaimId, String nik, String patientId) {
}
