package id.giliran.api.patient;

import java.time.Instant;

/**
 * A patient's data changed: {@code details} is the whole record after the change.
 *
 * @param nikMismatchReason the officer's reason for accepting a NIK that disagrees with the birth
 *                          date or sex; null when they agree or did not change
 */
public record PatientUpdatedEvent(
        String patientId,
        PatientDetails details,
        String reason,
        String nikMismatchReason,
        String updatedBy,
        Instant updatedAt) {
}
