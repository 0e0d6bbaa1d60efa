package id.giliran.api.report;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

import java.time.LocalDate;

/**
 * The report of a period, both dates included; answers a {@link PeriodReport}. The period is checked
 * with {@link ReportPeriod} by whoever asks; the handler answers any {@code from <= to}.
 *
 * @param withDays whether to include every day's figures (a table per day), or only the totals
 */
@Permitted({Role.ADMIN, Role.PETUGAS_LOKET})
public record FindPeriodReportQuery(LocalDate from, LocalDate to, boolean withDays) {
}
