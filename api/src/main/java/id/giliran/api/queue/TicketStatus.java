package id.giliran.api.queue;

/**
 * Waiting → called (and recalled) → serving → finished; a called patient who is not there is skipped.
 * A ticket booked online is booked until the patient confirms arrival (then waiting) or cancels it.
 */
public enum TicketStatus {
    BOOKED,
    CANCELLED,
    WAITING,
    CALLED,
    SKIPPED,
    SERVING,
    FINISHED,
    /** Registered at the front desk and sent on to the clinic with the medical record. */
    DIRECTED_TO_CLINIC
}
