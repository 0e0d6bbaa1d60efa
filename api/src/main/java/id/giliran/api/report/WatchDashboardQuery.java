package id.giliran.api.report;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

import java.time.LocalDate;

/**
 * A subscription query: initial result and updates are {@link DashboardChanged}, sent whenever the
 * statistics of the service day changed; the dashboard then reads {@link FindDashboardQuery} afresh.
 */
@Permitted({Role.ADMIN, Role.PETUGAS_LOKET})
public record WatchDashboardQuery(LocalDate serviceDate) {
}
