package id.giliran.api.notification;

import id.giliran.api.identity.Permitted;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The attempt in progress did not deliver. {@code retryable}: trying again later may help (WhatsApp
 * busy or unreachable); otherwise, and when the outcome is unknown, the notification is given up.
 */
@Permitted({})
public record RecordNotificationFailedCommand(
        @TargetAggregateIdentifier String notificationId,
        int attempt,
        String reason,
        boolean retryable) {
}
