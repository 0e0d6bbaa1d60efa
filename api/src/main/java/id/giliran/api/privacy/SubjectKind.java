package id.giliran.api.privacy;

/**
 * Whose personal data it is, and so which erasure rule holds.
 * {@link #PATIENT}: the medical record (registration data, visits, scans), kept for the retention period of
 * PMK 24/2022 before it may be erased. {@link #ACCOUNT}: an account holder (a student's counseling requests and
 * chats, an online patient's booking contacts, a display name, a counselor's photo), erasable on request.
 */
public enum SubjectKind {
    PATIENT,
    ACCOUNT
}
