package id.giliran.api.notification;

import java.time.Instant;
import java.time.LocalDate;

/** A "your turn is near" WhatsApp message was asked for; it is due at once. */
public record TurnNotificationRequestedEvent(
        String notificationId,
        String ticketId,
        LocalDate serviceDate,
        String ticketNumber,
        String clinicName,
        String phone,
        int ahead,
        Instant requestedAt) {
}
