package id.giliran.report.export;

import id.giliran.api.queue.PriorityReason;
import id.giliran.api.queue.TicketStatus;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

/**
 * How the reports write numbers, dates and durations in Bahasa Indonesia, one style everywhere:
 * "1.234", "29 November 2026", "1–30 November 2026", "19.45 WIB", durations in minutes with one
 * decimal, "12,5 menit" (a missing measurement is "–"), changes signed, "+12 (+8,3 %)".
 * Month names are spelled here rather than taken from the JDK's locale data, which has varied.
 */
public final class IdFormat {

    public static final String NO_DATA = "Tidak ada data";
    public static final String DASH = "–";

    private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
            "Agustus", "September", "Oktober", "November", "Desember"};
    private static final String[] DAYS = {"Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"};
    private static final DecimalFormatSymbols SYMBOLS = new DecimalFormatSymbols(Locale.ROOT);

    static {
        SYMBOLS.setGroupingSeparator('.');
        SYMBOLS.setDecimalSeparator(',');
        SYMBOLS.setMinusSign('-');
    }

    private IdFormat() {
    }

    /** "1.234". */
    public static String number(long value) {
        return integerFormat().format(value);
    }

    /** "12,5" (one decimal, Indonesian comma). */
    public static String decimal(double value) {
        return decimalFormat().format(value);
    }

    /** A new (not thread-safe) format of whole numbers, "1.234". */
    static DecimalFormat integerFormat() {
        return new DecimalFormat("#,##0", SYMBOLS);
    }

    /** A new (not thread-safe) format with one decimal, "1.234,5". */
    static DecimalFormat decimalFormat() {
        return new DecimalFormat("#,##0.0", SYMBOLS);
    }

    /** Minutes with one decimal, rounded half up; null stays null. */
    public static Double minutes(Duration duration) {
        if (duration == null) {
            return null;
        }
        return Math.round(duration.toMillis() / 6000.0) / 10.0;
    }

    /** "12,5 menit", or "–" when nothing was measured. */
    public static String duration(Duration duration) {
        Double minutes = minutes(duration);
        return minutes == null ? DASH : decimal(minutes) + " menit";
    }

    /** "29 November 2026". */
    public static String date(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /** "Sen, 02/11/2026": a row of a daily table. */
    public static String dayRow(LocalDate date) {
        return DAYS[date.getDayOfWeek().getValue() - 1] + ", "
                + String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** "29 Nov": a short label for a chart axis. */
    public static String shortDate(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1].substring(0, 3);
    }

    /** "1–30 November 2026", "28 November – 3 Desember 2026", "29 Desember 2026 – 2 Januari 2027". */
    public static String period(LocalDate from, LocalDate to) {
        if (from.equals(to)) {
            return date(from);
        }
        if (from.getYear() == to.getYear() && from.getMonth() == to.getMonth()) {
            return from.getDayOfMonth() + "–" + date(to);
        }
        if (from.getYear() == to.getYear()) {
            return from.getDayOfMonth() + " " + MONTHS[from.getMonthValue() - 1] + " – " + date(to);
        }
        return date(from) + " – " + date(to);
    }

    /** "07.30". */
    public static String time(LocalTime time) {
        return String.format("%02d.%02d", time.getHour(), time.getMinute());
    }

    /** "29 November 2026 19.45 WIB" (WITA, WIT for the other Indonesian zones, else "UTC+7"). */
    public static String dateTime(ZonedDateTime at) {
        return date(at.toLocalDate()) + " " + time(at.toLocalTime()) + " " + zone(at);
    }

    static String zone(ZonedDateTime at) {
        ZoneId zone = at.getZone();
        return switch (zone.getId()) {
            case "Asia/Jakarta", "Asia/Pontianak" -> "WIB";
            case "Asia/Makassar" -> "WITA";
            case "Asia/Jayapura" -> "WIT";
            default -> {
                int seconds = at.getOffset().getTotalSeconds();
                if (seconds == 7 * 3600) {
                    yield "WIB";
                }
                yield seconds == 0 ? "UTC" : "UTC" + at.getOffset().getId();
            }
        };
    }

    /** "+12", "-3", "0". */
    public static String signed(long change) {
        return change > 0 ? "+" + number(change) : number(change);
    }

    /** The change of a count: "+12 (+8,3 %)", "-3 (-20,0 %)", "+5" when there was nothing before. */
    public static String change(long now, long before) {
        long change = now - before;
        if (before == 0) {
            return signed(change);
        }
        double percent = change * 100.0 / before;
        return signed(change) + " (" + (percent > 0 ? "+" : "") + decimal(percent) + " %)";
    }

    /** The change of a duration in minutes: "+1,5 menit", "–" when either side was not measured. */
    public static String change(Duration now, Duration before) {
        Double a = minutes(now);
        Double b = minutes(before);
        if (a == null || b == null) {
            return DASH;
        }
        double change = Math.round((a - b) * 10) / 10.0;
        return (change > 0 ? "+" : "") + decimal(change) + " menit";
    }

    /** "33 %". */
    public static String percent(int percent) {
        return percent + " %";
    }

    public static String reason(PriorityReason reason) {
        return switch (reason) {
            case LANSIA -> "Lansia";
            case IBU_HAMIL -> "Ibu hamil";
            case DISABILITAS -> "Disabilitas";
            case BALITA -> "Balita";
        };
    }

    public static String status(TicketStatus status) {
        if (status == null) {
            return DASH;
        }
        return switch (status) {
            case BOOKED -> "Dipesan";
            case CANCELLED -> "Dibatalkan";
            case WAITING -> "Menunggu";
            case CALLED -> "Dipanggil";
            case SKIPPED -> "Tidak hadir";
            case SERVING -> "Dilayani";
            case FINISHED -> "Selesai";
            case DIRECTED_TO_CLINIC -> "Dikirim ke poli";
        };
    }

    /** A name that may be missing: "Tanpa dokter" for a registration without a doctor, and so on. */
    public static String name(String name, String whenMissing) {
        return name == null || name.isBlank() ? whenMissing : name;
    }
}
