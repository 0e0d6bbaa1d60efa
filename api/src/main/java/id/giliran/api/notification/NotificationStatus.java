package id.giliran.api.notification;

/**
 * Where a notification stands. SENDING that never ends means a sender stopped while calling
 * WhatsApp: the message may or may not have gone out, and it is not sent again.
 */
public enum NotificationStatus {
    /** Due now or at its next attempt time. */
    PENDING,
    /** An attempt is calling WhatsApp. */
    SENDING,
    DELIVERED,
    /** Given up; the last error says why. */
    FAILED
}
