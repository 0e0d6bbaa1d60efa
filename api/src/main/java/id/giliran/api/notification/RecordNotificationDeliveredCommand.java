package id.giliran.api.notification;

import id.giliran.api.identity.Permitted;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** WhatsApp accepted the message of the attempt in progress. */
@Permitted({})
public record RecordNotificationDeliveredCommand(
        @TargetAggregateIdentifier String notificationId,
        int attempt,
        String providerMessageId) {
}
