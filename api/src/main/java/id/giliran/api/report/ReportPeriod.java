package id.giliran.api.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A period a report may cover: both dates given, the start not after the end, at most one year
 * ({@link #MAX_DAYS} days), and not wholly in the future; an end after today is cut back to today
 * (nothing has happened yet after it). Refusals carry a stable code that the screens turn into
 * Bahasa Indonesia.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    /** One year, a leap year included. */
    public static final int MAX_DAYS = 366;

    public static final String MISSING = "REPORT_PERIOD_MISSING";
    public static final String REVERSED = "REPORT_PERIOD_REVERSED";
    public static final String TOO_LONG = "REPORT_PERIOD_TOO_LONG";
    public static final String IN_FUTURE = "REPORT_PERIOD_IN_FUTURE";

    public ReportPeriod {
        if (from == null || to == null) {
            throw new IllegalArgumentException("both dates are needed");
        }
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from after to");
        }
    }

    /** Checks a period asked for on {@code today} and answers it, the end cut back to today. */
    public static ReportPeriod of(LocalDate from, LocalDate to, LocalDate today) {
        if (from == null || to == null) {
            throw new Refused(MISSING);
        }
        if (from.isAfter(to)) {
            throw new Refused(REVERSED);
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new Refused(TOO_LONG);
        }
        if (from.isAfter(today)) {
            throw new Refused(IN_FUTURE);
        }
        return new ReportPeriod(from, to.isAfter(today) ? today : to);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The period of the same length that ends the day before this one starts. */
    public ReportPeriod previous() {
        return new ReportPeriod(from.minusDays(days()), from.minusDays(1));
    }

    /** A period that cannot be reported; {@link #getMessage()} is the stable code. */
    public static final class Refused extends RuntimeException {

        public Refused(String code) {
            super(code);
        }

        public String code() {
            return getMessage();
        }
    }
}
