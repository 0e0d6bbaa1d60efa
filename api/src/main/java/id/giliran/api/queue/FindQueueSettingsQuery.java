package id.giliran.api.queue;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

/** The queue settings (the display needs them too); answered with {@link QueueSettingsView}. */
@Permitted(value = {Role.ADMIN, Role.PETUGAS_LOKET}, anyone = true)
public record FindQueueSettingsQuery() {
}
