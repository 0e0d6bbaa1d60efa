package id.giliran.api.registration;

import id.giliran.api.privacy.PersonalData;
import id.giliran.api.privacy.DataSubject;
import id.giliran.api.privacy.SubjectKind;

import java.time.Instant;

public record RegistrationCancelledEvent(String registrationId, String ticketId, @PersonalData String reason, String cancelledBy,
                                         Instant cancelledAt,
        @DataSubject(SubjectKind.PATIENT) String patientId) {
}
