package id.giliran.api.patient;

/** The next medical record number was given to a new patient; numbers are never given twice. */
public record MedicalRecordNumberAllocatedEvent(
        String numberingId,
        long sequence,
        String medicalRecordNumber,
        String patientId) {
}
