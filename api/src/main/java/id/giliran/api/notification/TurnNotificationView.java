package id.giliran.api.notification;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A "your turn is near" notification as the read model knows it.
 *
 * @param phone     for the sender: the number sealed with the booking account's key (opened where the message is
 *                  sent); in the admin's log: masked ({@code +62812****7890}); "[dihapus]" once erased
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
