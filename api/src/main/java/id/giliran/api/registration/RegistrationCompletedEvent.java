package id.giliran.api.registration;

import java.time.Instant;

/** The medical record was delivered to the clinic and the patient directed there. */
public record RegistrationCompletedEvent(String registrationId, String ticketId, String patientId, String clinicCode,
                                         String doctorId, String completedBy, Instant completedAt) {
}
