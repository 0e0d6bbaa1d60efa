package id.giliran.report.ui;

import id.giliran.ui.Formats;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Numbers, minutes and periods as the dashboard and the reports print them, in Indonesian. */
final class Figures {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Formats.INDONESIAN);

    private Figures() {
    }

    static String number(long value) {
        return NumberFormat.getIntegerInstance(Formats.INDONESIAN).format(value);
    }

    /** "12 mnt", "—" when nothing was measured; whole minutes, rounded. */
    static String minutes(Duration duration) {
        return duration == null ? "—" : Math.round(duration.toSeconds() / 60.0) + " mnt";
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    static String period(LocalDate from, LocalDate to) {
        return from.equals(to) ? day(from) : day(from) + " – " + day(to);
    }

    /** "+12", "−3", "0": the change from the previous period. */
    static String change(long now, long before) {
        long change = now - before;
        return change > 0 ? "+" + number(change) : change < 0 ? "−" + number(-change) : "0";
    }
}
