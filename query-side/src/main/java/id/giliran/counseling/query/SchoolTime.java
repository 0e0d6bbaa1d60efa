package id.giliran.counseling.query;

import id.giliran.api.counseling.Slot;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * School times as the counseling read models store them: ISO text of one fixed width, free of
 * time zones (the driver would turn a {@code LocalDateTime} into an instant in the JVM's zone) and
 * ordered as text the way they are ordered in time, so range queries work on them.
 */
final class SchoolTime {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private SchoolTime() {
    }

    static String text(LocalDateTime time) {
        return time == null ? null : DATE_TIME.format(time);
    }

    static LocalDateTime dateTime(String text) {
        return text == null ? null : LocalDateTime.parse(text, DATE_TIME);
    }

    static String text(LocalTime time) {
        return time == null ? null : TIME.format(time);
    }

    static LocalTime time(String text) {
        return text == null ? null : LocalTime.parse(text, TIME);
    }

    static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    /** A slot as stored: its start and end as {@link SchoolTime} text. */
    record SlotDocument(String start, String end) {

        static SlotDocument of(Slot slot) {
            return slot == null ? null : new SlotDocument(text(slot.start()), text(slot.end()));
        }

        Slot toSlot() {
            return new Slot(dateTime(start), dateTime(end));
        }
    }
}
