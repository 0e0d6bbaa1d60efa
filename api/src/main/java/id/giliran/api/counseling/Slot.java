package id.giliran.api.counseling;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A stretch of time in the school's zone: a session, or a time offered or held for one. */
public record Slot(LocalDateTime start, LocalDateTime end) {

    public static Slot of(LocalDateTime start, int minutes) {
        return new Slot(start, start.plusMinutes(minutes));
    }

    public LocalDate date() {
        return start.toLocalDate();
    }

    /** Whether the two overlap once each is widened by {@code bufferMinutes} of rest on both sides. */
    public boolean clashes(Slot other, int bufferMinutes) {
        return start.minusMinutes(bufferMinutes).isBefore(other.end)
                && other.start.isBefore(end.plusMinutes(bufferMinutes));
    }
}
