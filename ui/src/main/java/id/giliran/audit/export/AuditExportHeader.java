package id.giliran.audit.export;

import java.time.ZonedDateTime;
import java.util.Locale;

/**
 * What an audit export says about itself: whose Puskesmas, which filter, who exported it and when
 * (from the caller's {@code Clock}; the writers never read the wall clock).
 *
 * @param filterText the filter as a person reads it ("Semua entri", "Jenis: akses; Pengguna: …")
 */
public record AuditExportHeader(String facilityName, String facilityAddress, String title, String filterText,
                                String exportedBy, ZonedDateTime exportedAt) {

    private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
            "Agustus", "September", "Oktober", "November", "Desember"};

    public AuditExportHeader {
        facilityAddress = facilityAddress == null ? "" : facilityAddress;
    }

    /** "Diekspor oleh audit@giliran.id pada 29 November 2026 19.45 WIB". */
    public String exportedText() {
        return "Diekspor oleh " + exportedBy + " pada " + dateTime(exportedAt);
    }

    static String dateTime(ZonedDateTime at) {
        String zone = switch (at.getZone().getId()) {
            case "Asia/Jakarta", "Asia/Pontianak" -> "WIB";
            case "Asia/Makassar" -> "WITA";
            case "Asia/Jayapura" -> "WIT";
            default -> at.getOffset().getId();
        };
        return at.getDayOfMonth() + " " + MONTHS[at.getMonthValue() - 1] + " " + at.getYear() + " "
                + String.format(Locale.ROOT, "%02d.%02d", at.getHour(), at.getMinute()) + " " + zone;
    }
}
