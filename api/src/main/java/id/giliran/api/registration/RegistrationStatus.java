package id.giliran.api.registration;

public enum RegistrationStatus {
    IN_PROGRESS,
    COMPLETED,
    CANCELLED
}
