package id.giliran.api.patient;

import id.giliran.api.privacy.PersonalData;
import id.giliran.api.privacy.DataSubject;
import id.giliran.api.privacy.SubjectKind;

import java.time.Instant;

/** A new patient was registered and got its medical record number (No. RM), theirs forever. */
public record PatientRegisteredEvent(
        @DataSubject(SubjectKind.PATIENT) String patientId,
        String medicalRecordNumber,
        PatientDetails details,
        @PersonalData String nikMismatchReason,
        String registeredBy,
        Instant registeredAt) {
}
