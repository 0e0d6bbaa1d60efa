package id.giliran.api.patient;

import java.time.Instant;

/**
 * The patient's personal data was erased ("Hapus data pribadi"): the medical record is closed, its NIK no longer
 * held (anyone may be registered with it again), and its data can no longer be changed. The patient's No. RM and
 * history of facts stay.
 */
public record PatientErasedEvent(String patientId, Instant erasedAt) {
}
