package id.giliran.api.inbox;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

/** How many of the caller's inbox messages are unread; answers a Long, and as a subscription query follows it live. */
@Permitted({Role.ADMIN, Role.PETUGAS_LOKET, Role.KONSELOR, Role.SISWA, Role.PASIEN, Role.AUDITOR})
public record CountUnreadInboxQuery() {
}
