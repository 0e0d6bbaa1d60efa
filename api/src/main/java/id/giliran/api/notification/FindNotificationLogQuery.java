package id.giliran.api.notification;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

import java.time.LocalDate;

/** The day's notifications for the admin, phone numbers masked. A list of {@link TurnNotificationView}. */
@Permitted(Role.ADMIN)
public record FindNotificationLogQuery(LocalDate serviceDate) {
}
