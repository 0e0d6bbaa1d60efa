package id.giliran.report.export;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * What every page and sheet of an export says about itself: whose Puskesmas, which report and
 * period, who exported it and when. The time comes from the caller (its {@code Clock}); the writers
 * never read the wall clock. For the dashboard's day {@code from} and {@code to} are that day.
 */
public record ExportHeader(String facilityName, String facilityAddress, String title, LocalDate from, LocalDate to,
                           String exportedBy, ZonedDateTime exportedAt) {

    public ExportHeader {
        Objects.requireNonNull(facilityName, "facilityName");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(exportedBy, "exportedBy");
        Objects.requireNonNull(exportedAt, "exportedAt");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from after to");
        }
        facilityAddress = facilityAddress == null ? "" : facilityAddress;
    }

    /** "1–30 November 2026", or "29 November 2026" for one day. */
    public String periodText() {
        return IdFormat.period(from, to);
    }

    /** "Diekspor oleh admin@giliran.id, 29 November 2026 19.45 WIB". */
    public String exportedText() {
        return "Diekspor oleh " + exportedBy + ", " + IdFormat.dateTime(exportedAt);
    }
}
