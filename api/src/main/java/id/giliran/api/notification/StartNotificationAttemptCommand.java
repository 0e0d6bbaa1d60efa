package id.giliran.api.notification;

import id.giliran.api.identity.Permitted;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A sender claims the next attempt before it calls WhatsApp. Accepted only for a pending
 * notification that is due, and only for the attempt that comes next: of two senders (two nodes,
 * or one after a restart) exactly one gets it. An attempt that was started and never reported
 * is never tried again: the message may have gone out.
 */
@Permitted({})
public record StartNotificationAttemptCommand(@TargetAggregateIdentifier String notificationId, int attempt) {
}
