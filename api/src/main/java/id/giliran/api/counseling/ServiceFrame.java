package id.giliran.api.counseling;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;

/**
 * The school's counseling service frame, set by ADMIN: counselors' hours must lie inside it. Until
 * ADMIN sets one, school days 07:00–15:00 (Monday to Friday).
 */
public record ServiceFrame(List<WeeklyHours> hours) {

    public static final String ID = "layanan-bk";

    public static final ServiceFrame DEFAULT = new ServiceFrame(Stream.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
            .map(day -> new WeeklyHours(day, LocalTime.of(7, 0), LocalTime.of(15, 0)))
            .toList());

    public ServiceFrame {
        hours = hours == null ? List.of() : List.copyOf(hours);
    }

    /** Whether {@code from}–{@code until} on {@code day} lies wholly inside one of the frame's hours. */
    public boolean covers(DayOfWeek day, LocalTime from, LocalTime until) {
        return hours.stream().anyMatch(frame -> frame.covers(day, from, until));
    }
}
