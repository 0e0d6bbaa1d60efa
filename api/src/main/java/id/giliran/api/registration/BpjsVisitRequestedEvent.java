package id.giliran.api.registration;

import id.giliran.api.privacy.PersonalData;
import id.giliran.api.privacy.DataSubject;
import id.giliran.api.privacy.SubjectKind;

import java.time.Instant;
import java.time.LocalDate;

public record BpjsVisitRequestedEvent(String registrationId, @PersonalData String cardNumber, LocalDate visitDate,
                                      String providerCode, String poliCode, String requestedBy, Instant requestedAt,
        @DataSubject(SubjectKind.PATIENT) String patientId) {
}
