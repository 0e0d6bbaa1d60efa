package id.giliran.api.registration;

import id.giliran.api.privacy.PersonalData;
import id.giliran.api.privacy.DataSubject;
import id.giliran.api.privacy.SubjectKind;

import id.giliran.api.queue.PaymentType;

public record RegistrationChangedEvent(String registrationId, PaymentType payment, String clinicCode, String doctorId,
                                       @PersonalData String notes,
        @DataSubject(SubjectKind.PATIENT) String patientId) {
}
