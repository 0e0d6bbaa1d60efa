package id.giliran.api.patient;

import id.giliran.api.privacy.PersonalData;
import id.giliran.api.privacy.DataSubject;
import id.giliran.api.privacy.SubjectKind;

import java.time.Instant;

/**
 * A patient's data changed: {@code details} is the whole record after the change.
 *
 * @param nikMismatchReason the officer's reason for accepting a NIK that disagrees with the birth
 *                          date or sex; null when they agree or did not change
 */
public record PatientUpdatedEvent(
        @DataSubject(SubjectKind.PATIENT) String patientId,
        PatientDetails details,
        @PersonalData String reason,
        @PersonalData String nikMismatchReason,
        String updatedBy,
        Instant updatedAt) {
}
