package id.giliran.api.inbox;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

/** The caller's newest inbox messages (their own and those to one of their roles); answers a list of {@link InboxMessageView}. */
@Permitted({Role.ADMIN, Role.PETUGAS_LOKET, Role.KONSELOR, Role.SISWA, Role.PASIEN, Role.AUDITOR})
public record FindInboxQuery(int limit) {
}
