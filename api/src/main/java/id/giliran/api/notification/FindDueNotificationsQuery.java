package id.giliran.api.notification;

import id.giliran.api.identity.Permitted;

import java.time.Instant;

/**
 * The pending notifications whose next attempt is due at {@code now}, oldest first, at most
 * {@code limit}; for the sender only, with the phone number as the read model keeps it: sealed with the
 * booking account's key (the sender opens it), or "[dihapus]" once that account's data was erased.
 * A list of {@link TurnNotificationView}.
 */
@Permitted({})
public record FindDueNotificationsQuery(Instant now, int limit) {
}
