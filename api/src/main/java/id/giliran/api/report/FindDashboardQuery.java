package id.giliran.api.report;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

import java.time.LocalDate;

/** The dashboard of one service day; answers a {@link DashboardView}. */
@Permitted({Role.ADMIN, Role.PETUGAS_LOKET})
public record FindDashboardQuery(LocalDate serviceDate) {
}
