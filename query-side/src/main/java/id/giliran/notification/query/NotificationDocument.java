package id.giliran.notification.query;

import id.giliran.api.notification.NotificationStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * A notification in the read model. The service date is kept as ISO text, free of time zones. {@code phone} is
 * sealed with the key of {@code patient} (the booking account whose number it is), the erased mark, or null once
 * that account's data was erased.
 */
@Document("notifications")
record NotificationDocument(
        @Id String notificationId,
        String ticketId,
        String serviceDate,
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
        Instant updatedAt,
        String patient) {
}
