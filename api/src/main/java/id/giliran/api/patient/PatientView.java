package id.giliran.api.patient;

import java.time.Instant;

/**
 * A patient as the read model knows it.
 *
 * @param nikMismatchReason the reason recorded when a NIK that disagrees with the birth date or sex was accepted
 * @param revision          1 after registration, one more with every change
 */
public record PatientView(
        String patientId,
        String medicalRecordNumber,
        PatientDetails details,
        String nikMismatchReason,
        Instant registeredAt,
        String registeredBy,
        Instant updatedAt,
        String updatedBy,
        long revision) {
}
