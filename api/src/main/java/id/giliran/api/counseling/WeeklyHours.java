package id.giliran.api.counseling;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** Hours that repeat every week: every {@code day} from {@code start} until {@code end}. */
public record WeeklyHours(DayOfWeek day, LocalTime start, LocalTime end) {

    /** Named without "is": as a bean property it would be written into every event that carries it. */
    public boolean wellFormed() {
        return day != null && start != null && end != null && start.isBefore(end);
    }

    public boolean overlaps(WeeklyHours other) {
        return day == other.day && start.isBefore(other.end) && other.start.isBefore(end);
    }

    /** Whether {@code from}–{@code until} on {@code on} lies wholly inside these hours. */
    public boolean covers(DayOfWeek on, LocalTime from, LocalTime until) {
        return day == on && !from.isBefore(start) && !until.isAfter(end);
    }
}
