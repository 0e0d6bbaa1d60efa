package id.giliran.api.common;

/**
 * Stable codes of business rule violations. They cross process boundaries as the details of a
 * {@code CommandExecutionException}; the UI maps each to a Bahasa Indonesia message
 * ({@code error.<CODE>} in the translations).
 */
public enum ErrorCode {
    INVALID_INPUT,
    PRIORITY_REASON_REQUIRED,
    PRIORITY_REASON_NOT_ALLOWED,
    TICKET_PREFIX_INVALID,
    TICKET_NOT_WAITING,
    TICKET_NOT_FOR_TODAY,
    CLINIC_UNKNOWN,
    NOTHING_TO_CALL,
    ACCESS_DENIED,
    TICKET_NOT_CALLED,
    TICKET_NOT_SERVING,
    RATIO_INVALID,
    CLINIC_FULL,
    CLINIC_INACTIVE,
    SERVICE_CLOSED,
    HOURS_INVALID,
    USERNAME_INVALID,
    USERNAME_TAKEN,
    ROLES_REQUIRED,
    ROLES_NOT_ALLOWED,
    PASSWORD_TOO_WEAK,
    PASSWORD_MISMATCH,
    BOOKING_DATE_OUT_OF_RANGE,
    BOOKING_ALREADY_ACTIVE,
    BOOKING_NOT_FOUND,
    TICKET_NOT_BOOKED,
    NOT_YOUR_BOOKING,
    NIK_INVALID,
    BPJS_NUMBER_INVALID,
    PHONE_INVALID,
    SCHEDULE_INVALID,
    DOCUMENT_TYPE_NOT_ACCEPTED,
    DOCUMENT_TOO_LARGE,
    DOCUMENT_EMPTY,
    TICKET_NOT_AT_COUNTER,
    TICKET_ALREADY_REGISTERED,
    MANDATORY_INFORMATION_MISSING,
    DOCTOR_NOT_ON_DUTY,
    REGISTRATION_CLOSED,
    /** A notification attempt was asked for that is not the next one, not due yet, or no longer wanted. */
    NOTIFICATION_NOT_DUE,
    /** An outcome was reported for an attempt that is not in progress. */
    NOTIFICATION_NOT_SENDING,
    NIK_BIRTH_DATE_MISMATCH,
    NIK_ALREADY_REGISTERED,
    BIRTH_DATE_IN_FUTURE,
    BIRTH_DATE_REQUIRED,
    PATIENT_NAME_REQUIRED,
    SEX_REQUIRED,
    RT_RW_INVALID,
    CHANGE_REASON_REQUIRED,
    PATIENT_UNKNOWN,
    /** "Daftarkan ke BPJS" asked for a registration that does not qualify (payment, check, status, poli code). */
    BPJS_VISIT_NOT_ALLOWED,
    /** A PCare bridging attempt was asked for that is not the next one or not due yet. */
    BPJS_VISIT_NOT_DUE,
    /** An outcome was reported for a PCare bridging attempt that is not in progress. */
    BPJS_VISIT_NOT_IN_PROGRESS,
    /** The service frame or a counselor's hours are malformed, overlap, or lie outside the frame. */
    COUNSELING_HOURS_INVALID,
    /** A session length outside 30–45 minutes, or a buffer or notice out of range. */
    SESSION_LENGTH_INVALID,
    COUNSELOR_UNKNOWN,
    /** The slot is not a session start within the counselor's hours. */
    SLOT_NOT_IN_HOURS,
    SLOT_IN_PAST,
    /** The slot starts sooner than the counselor's minimum notice. */
    SLOT_TOO_SOON,
    /** Another live booking holds the slot (or its buffer). */
    SLOT_TAKEN,
    COUNSELING_NOT_FOUND,
    /** The booking's status does not allow this step (e.g. confirming a cancelled one). */
    COUNSELING_STATUS_INVALID,
    COUNSELING_REASON_REQUIRED,
    COUNSELING_TOPIC_REQUIRED,
    /** A request on a student's behalf needs the requester's name, relation and reason. */
    ON_BEHALF_DETAILS_REQUIRED,
    ALTERNATIVES_REQUIRED,
    ALTERNATIVE_NOT_OFFERED,
    /** Done or no-show can be recorded only once the session has started. */
    SESSION_NOT_STARTED,
    /** Somebody acted on a booking or calendar that is not theirs. */
    NOT_YOUR_COUNSELING,
    /** The counselor does not offer that session channel. */
    CHANNEL_NOT_OFFERED,
    /** A reminder or a service-level flag was asked for that is not due, or was already given. */
    COUNSELING_NOTICE_NOT_DUE,
    /** A chat message that is empty or longer than 1000 characters. */
    COUNSELING_MESSAGE_INVALID,
    /** The booking's chat is closed: it was cancelled, or its session is over. */
    COUNSELING_CHAT_CLOSED,
    /** PCare settings with a value of the wrong form (base URL, consumer id, timeouts...); nothing was saved. */
    BPJS_SETTINGS_INVALID,
    /** PCare settings saved for the first time without the consumer secret, the user key or the password. */
    BPJS_SECRET_REQUIRED,
    /** Secrets cannot be stored: no encryption key (GILIRAN_SECRETS_KEY) is configured. */
    SECRETS_KEY_MISSING,
    /** A record was not shown because its reading could not be written to the audit trail (PMK 24/2022). */
    ACCESS_NOT_RECORDED,
    /** A file given to the audit export check is not a Giliran audit trail CSV export. */
    AUDIT_EXPORT_UNREADABLE,
    /** No event processor has that processing group. */
    PROCESSOR_UNKNOWN,
    /** The processor is being rebuilt already. */
    PROCESSOR_REPLAYING,
    /** The processor cannot be reset (it is not a streaming processor). */
    PROCESSOR_NOT_RESETTABLE,
    /** No parked events in that sequence of that processing group. */
    DEAD_LETTERS_UNKNOWN,
    /** Parked events are only removed with a reason. */
    DEAD_LETTER_REASON_REQUIRED,
    /** An erasure names a patient or an account that does not exist. */
    ERASURE_SUBJECT_UNKNOWN,
    /** An erasure is only done with the reason and the reference of the documented request. */
    ERASURE_REASON_REQUIRED,
    /** A patient's medical record is kept for the retention period of PMK 24/2022; it cannot be erased yet. */
    ERASURE_RETENTION,
    /** The subject's personal data was already erased. */
    ERASURE_ALREADY_DONE,
    /** The patient's personal data was erased: the record is closed to changes. */
    PATIENT_ERASED,
    /**
     * A patient's last visit cannot be told now (the registration read model is being rebuilt or does not answer),
     * so the retention period cannot be checked: nothing is erased, try again later.
     */
    ERASURE_LAST_VISIT_UNKNOWN,
    // #15 deploy
    /** The PCare base URL is not https: only the in-app sandbox and localhost / 127.0.0.1 may use http. */
    BPJS_BASE_URL_NOT_HTTPS,
    /** The PCare base URL moves to another host: the consumer secret, user key and password must be typed again. */
    BPJS_HOST_CHANGE_NEEDS_SECRETS,
    // #15 input
    /**
     * A free-text field is longer than its {@link TextLimit}; the refusal's message starts with the field's
     * {@code TextLimit} name ("TOPIC: ..."), which the UI names in its text.
     */
    TEXT_TOO_LONG,
    // #15 devices
    /** The kiosk took many tickets in a short time: it waits a moment before the next one (nothing was issued). */
    KIOSK_BUSY,
    /** A device enrolment link that is unknown, already used, expired or revoked. */
    DEVICE_ENROLMENT_INVALID,
    /** This browser is not a registered kiosk or display, and this Puskesmas requires one. */
    DEVICE_NOT_REGISTERED,
    /** ADMIN revoked this kiosk or display. */
    DEVICE_REVOKED,
    // #15 accounts
    /** A password is at most 72 bytes in UTF-8 (bcrypt's limit; fewer characters when they are not plain letters). */
    PASSWORD_TOO_LONG,
    /** The first-admin setup was done already (or is being done from another browser). */
    SETUP_ALREADY_DONE,
    /** The one-time setup code is wrong. */
    SETUP_CODE_INVALID,
    /** Too many new accounts from this address in a short time. */
    SELF_REGISTRATION_LIMITED,
    /** Students open their own account only with an invitation code, and this one does not exist. */
    INVITATION_CODE_UNKNOWN,
    /** The invitation code was revoked by the admin. */
    INVITATION_CODE_REVOKED,
    /** The invitation code has expired. */
    INVITATION_CODE_EXPIRED,
    /** The invitation code has opened as many accounts as it may. */
    INVITATION_CODE_USED_UP,
    /** This installation does not let students open their own account. */
    STUDENT_SELF_REGISTRATION_OFF
}
