package id.giliran.api.notification;

/** The notification is given up: not retryable, or every attempt failed. */
public record NotificationAbandonedEvent(String notificationId, String reason) {
}
