package id.giliran.api.notification;

import java.time.Instant;

/**
 * An attempt did not deliver.
 *
 * @param nextAttemptAt when the next attempt is due; null when the notification is given up
 */
public record NotificationAttemptFailedEvent(
        String notificationId,
        int attempt,
        String reason,
        boolean retryable,
        Instant nextAttemptAt,
        Instant failedAt) {
}
