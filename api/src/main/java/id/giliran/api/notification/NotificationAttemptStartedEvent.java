package id.giliran.api.notification;

import java.time.Instant;

/** A sender took the attempt and is calling WhatsApp now. */
public record NotificationAttemptStartedEvent(String notificationId, int attempt, Instant startedAt) {
}
