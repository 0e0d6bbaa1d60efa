package id.giliran.api.registration;

import id.giliran.api.privacy.PersonalData;
import id.giliran.api.privacy.DataSubject;
import id.giliran.api.privacy.SubjectKind;

import id.giliran.api.queue.PaymentType;

import java.time.Instant;
import java.time.LocalDate;

/** A registration began; the patient's medical record is created (new patient) or retrieved (returning). */
public record RegistrationStartedEvent(String registrationId, String registrationNumber, LocalDate serviceDate,
                                       String ticketId, String ticketNumber, @DataSubject(SubjectKind.PATIENT) String patientId,
                                       PatientKind patientKind, PaymentType payment, String clinicCode,
                                       String doctorId, @PersonalData String notes, MedicalRecordStatus medicalRecord,
                                       String registeredBy, Instant startedAt) {
}
