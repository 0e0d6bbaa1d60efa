package id.giliran.patient.command;

/**
 * The set-based rules of patients, kept by their own aggregates in the unit of work that registers
 * or changes a patient: one patient per NIK, and medical record numbers that are unique, sequential
 * and never reused. A refusal rolls the whole unit of work back.
 */
public interface PatientRegistry {

    /**
     * Holds {@code nik} for the patient, or throws a {@code BusinessRuleViolation}
     * NIK_ALREADY_REGISTERED whose message names the patient holding it. Claiming a NIK the patient
     * already holds changes nothing.
     */
    void claimNik(String nik, String patientId);

    /** Frees a NIK the patient holds (its NIK was corrected). */
    void releaseNik(String nik, String patientId);

    /** The next medical record number, in the configured format, now the patient's. */
    String nextMedicalRecordNumber(String patientId);
}
