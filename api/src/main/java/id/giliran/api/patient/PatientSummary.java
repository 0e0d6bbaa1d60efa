package id.giliran.api.patient;

import java.time.LocalDate;

/** One line of a patient search result. */
public record PatientSummary(
        String patientId,
        String medicalRecordNumber,
        String nik,
        String bpjsNumber,
        String name,
        LocalDate birthDate,
        Sex sex,
        String address) {
}
