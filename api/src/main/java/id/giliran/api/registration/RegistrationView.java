package id.giliran.api.registration;

import id.giliran.api.queue.PaymentType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A registration as the front desk and the patient's visit history see it; {@code bpjsCheck} is the
 * latest "Cek BPJS" recorded on it, or {@code null};
 * {@code bpjsBridging} its PCare visit ("Daftarkan ke BPJS"), or {@code null}.
 */
public record RegistrationView(String registrationId, String registrationNumber, LocalDate serviceDate,
                               String ticketId, String ticketNumber, String patientId, PatientKind patientKind,
                               PaymentType payment, String clinicCode, String clinicName, String doctorId,
                               String doctorName, String notes, MedicalRecordStatus medicalRecord,
                               Set<MandatoryInformation> informed, RegistrationStatus status, String cancelReason,
                               String registeredBy, Instant startedAt, Instant completedAt, BpjsCheck bpjsCheck,
                               BpjsBridging bpjsBridging) {
}
