package id.giliran.api.history;

/**
 * The kinds of record an auditor looks up, each the way a person knows it: a ticket by its number
 * and service date, a registration by its {@code REG-…} number, a patient by No. RM, a counseling
 * booking by its id, a counselor and a user account by username, a clinic by its code, a setting by
 * its name ({@link #QUEUE_SETTINGS_TEXT} or {@link #SERVICE_FRAME_TEXT}, or the aggregate id itself).
 */
public enum RecordKind {
    TICKET,
    REGISTRATION,
    PATIENT,
    COUNSELING_BOOKING,
    COUNSELOR,
    USER_ACCOUNT,
    CLINIC,
    SETTING;

    public static final String QUEUE_SETTINGS_TEXT = "antrean";
    public static final String SERVICE_FRAME_TEXT = "layanan-bk";

    /** Whether a person's text for this kind needs a date beside it (a ticket number repeats every day). */
    public boolean needsDate() {
        return this == TICKET;
    }
}
