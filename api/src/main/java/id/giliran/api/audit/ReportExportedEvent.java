package id.giliran.api.audit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A report or the dashboard's day was exported: which, in what format, for which period, by whom and
 * from where. Part of the audit trail; it holds no figures and no personal data.
 *
 * @param report the report's stable name, e.g. {@code DASHBOARD}, {@code PERIOD}
 * @param format {@code PDF} or {@code XLSX}
 */
public record ReportExportedEvent(String report, String format, LocalDate from, LocalDate to, String username,
                                  String roles, String clientAddress, Instant exportedAt) {
}
