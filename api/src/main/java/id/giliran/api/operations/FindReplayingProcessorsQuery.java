package id.giliran.api.operations;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

/**
 * The processing groups being rebuilt right now (a list of names), so screens that read them can
 * say so instead of showing half a result.
 */
@Permitted({Role.ADMIN, Role.PETUGAS_LOKET, Role.AUDITOR, Role.KONSELOR})
public record FindReplayingProcessorsQuery() {
}
