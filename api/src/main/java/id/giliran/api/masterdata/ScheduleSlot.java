package id.giliran.api.masterdata;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A doctor's weekly practice hours at one clinic: every {@code day} from {@code start} until {@code end}. */
public record ScheduleSlot(DayOfWeek day, LocalTime start, LocalTime end, String clinicCode) {

    /** Whether this slot covers {@code time} on {@code day}. */
    public boolean covers(DayOfWeek on, LocalTime time) {
        return day == on && !time.isBefore(start) && time.isBefore(end);
    }

    public boolean overlaps(ScheduleSlot other) {
        return day == other.day && start.isBefore(other.end) && other.start.isBefore(end);
    }
}
