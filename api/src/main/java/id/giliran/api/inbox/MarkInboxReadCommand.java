package id.giliran.api.inbox;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

import java.util.List;

/** The caller has read these inbox messages (an empty list: all of them). */
@Permitted({Role.ADMIN, Role.PETUGAS_LOKET, Role.KONSELOR, Role.SISWA, Role.PASIEN, Role.AUDITOR})
public record MarkInboxReadCommand(List<String> messageIds) {
}
