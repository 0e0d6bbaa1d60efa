package id.giliran.api.queue;

/** Prioritas (elderly, pregnant, disabled, toddlers) or Umum (general). */
public enum TicketCategory {
    PRIORITY,
    GENERAL;

    /** Every priority ticket, whatever its clinic, is numbered in the one P line. */
    public static final String PRIORITY_PREFIX = "P";
}
