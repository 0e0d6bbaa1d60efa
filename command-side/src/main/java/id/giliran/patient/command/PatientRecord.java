package id.giliran.patient.command;

import java.time.Instant;

/**
 * A patient's medical record as the erasure of personal data sees it: no personal data, only the No. RM that
 * names it on the erasure screen and the moment it was opened, where its retention period (PMK 24/2022) starts
 * when the patient never visited.
 */
public record PatientRecord(String patientId, String medicalRecordNumber, Instant registeredAt) {
}
