package id.giliran.api.patient;

import id.giliran.api.privacy.PersonalData;
import id.giliran.api.privacy.DataSubject;
import id.giliran.api.privacy.SubjectKind;

/** A patient's NIK was corrected: the old NIK is free again. */
public record PatientNikReleasedEvent(String nikClaimId, @PersonalData String nik, @DataSubject(SubjectKind.PATIENT) String patientId) {
}
