package id.giliran.api.registration;

/** Where the patient's medical record is: created (new patient) or retrieved (returning), then delivered to the clinic. */
public enum MedicalRecordStatus {
    CREATED,
    RETRIEVED,
    DELIVERED
}
