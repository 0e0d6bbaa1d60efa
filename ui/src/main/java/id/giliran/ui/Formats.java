package id.giliran.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as Indonesians read them: "Minggu, 22 November 2026", "08.15". */
public final class Formats {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", INDONESIAN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm", INDONESIAN);

    private Formats() {
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    public static String time(LocalDateTime dateTime) {
        return TIME.format(dateTime);
    }

    public static String time(java.time.Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }
}
