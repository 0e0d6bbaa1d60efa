package id.giliran.api.registration;

import id.giliran.api.privacy.PersonalData;
import id.giliran.api.privacy.DataSubject;
import id.giliran.api.privacy.SubjectKind;

import java.time.Instant;
import java.time.LocalDate;

/** BPJS's answer about the patient's membership as the officer saw it; no credentials, no BPJS wire names. */
public record BpjsParticipantCheckedEvent(String registrationId, @PersonalData String cardNumber, @PersonalData String participantName,
                                          boolean active, String participantClass, String participantType,
                                          String providerName, LocalDate validUntil, String checkedBy,
                                          Instant checkedAt,
        @DataSubject(SubjectKind.PATIENT) String patientId) {
}
