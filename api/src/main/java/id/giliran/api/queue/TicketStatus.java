package id.giliran.api.queue;

/** Waiting → called (and recalled) → serving → finished; a called patient who is not there is skipped. */
public enum TicketStatus {
    WAITING,
    CALLED,
    SKIPPED,
    SERVING,
    FINISHED
}
