package id.giliran.api.patient;

import java.time.Instant;

/** A new patient was registered and got its medical record number (No. RM), theirs forever. */
public record PatientRegisteredEvent(
        String patientId,
        String medicalRecordNumber,
        PatientDetails details,
        String nikMismatchReason,
        String registeredBy,
        Instant registeredAt) {
}
