package id.giliran.api.registration;

/** Pasien baru (first visit: a medical record is created) or pasien lama (the record is retrieved). */
public enum PatientKind {
    BARU,
    LAMA
}
