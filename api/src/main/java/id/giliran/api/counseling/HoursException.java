package id.giliran.api.counseling;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One date's exception to a counselor's weekly hours: a day off ({@code start} and {@code end}
 * unused) or extra hours from {@code start} until {@code end}.
 */
public record HoursException(String exceptionId, LocalDate date, HoursExceptionKind kind, LocalTime start,
                             LocalTime end) {

    /** Named without "is": as a bean property it would be written into every event that carries it. */
    public boolean wellFormed() {
        if (exceptionId == null || exceptionId.isBlank() || date == null || kind == null) {
            return false;
        }
        return kind == HoursExceptionKind.DAY_OFF || start != null && end != null && start.isBefore(end);
    }
}
