package id.giliran.api.notification;

import id.giliran.api.identity.Permitted;

import java.time.Instant;

/**
 * The pending notifications whose next attempt is due at {@code now}, oldest first, at most
 * {@code limit}; with the full phone number, for the sender only. A list of {@link TurnNotificationView}.
 */
@Permitted({})
public record FindDueNotificationsQuery(Instant now, int limit) {
}
