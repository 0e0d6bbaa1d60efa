package id.giliran.api.notification;

import java.time.Instant;

/** WhatsApp accepted the message; {@code providerMessageId} is its id there ({@code wamid...}). */
public record NotificationDeliveredEvent(String notificationId, int attempt, String providerMessageId,
                                         Instant deliveredAt) {
}
