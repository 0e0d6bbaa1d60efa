package id.giliran.api.patient;

import id.giliran.api.privacy.PersonalData;
import id.giliran.api.privacy.DataSubject;
import id.giliran.api.privacy.SubjectKind;

/** A NIK now belongs to a patient; no other patient can be registered with it. */
public record PatientNikClaimedEvent(String nikClaimId, @PersonalData String nik, @DataSubject(SubjectKind.PATIENT) String patientId) {
}
