package id.giliran.api.notification;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A "your turn is near" notification as the read model knows it.
 *
 * @param phone     the full number for the sender; masked ({@code +62812****7890}) in the admin's log
 * @param attempts  attempts started so far
 */
public record TurnNotificationView(
        String notificationId,
        String ticketId,
        LocalDate serviceDate,
        String ticketNumber,
        String clinicName,
        String phone,
        int ahead,
        NotificationStatus status,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        String providerMessageId,
        Instant requestedAt,
        Instant updatedAt) {
}
