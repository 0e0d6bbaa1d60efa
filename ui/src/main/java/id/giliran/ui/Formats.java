package id.giliran.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

import java.text.DateFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
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

    public static String time(java.time.LocalTime time) {
        return TIME.format(time);
    }

    public static String time(LocalDateTime dateTime) {
        return TIME.format(dateTime);
    }

    public static String time(java.time.Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }

    /** The date picker's month and day names in Indonesian (from the JDK's locale data), weeks from Monday. */
    public static DatePicker.DatePickerI18n datePickerI18n(com.vaadin.flow.component.Component translator) {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(INDONESIAN);
        List<String> weekdays = Arrays.asList(symbols.getWeekdays()).subList(1, 8);
        List<String> shortWeekdays = Arrays.asList(symbols.getShortWeekdays()).subList(1, 8);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12))
                .setWeekdays(weekdays)
                .setWeekdaysShort(shortWeekdays)
                .setFirstDayOfWeek(1)
                .setToday(translator.getTranslation("datepicker.today"))
                .setCancel(translator.getTranslation("datepicker.cancel"))
                .setDateFormat("dd-MM-yyyy");
    }
}
