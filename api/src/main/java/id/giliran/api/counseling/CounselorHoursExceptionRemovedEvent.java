package id.giliran.api.counseling;

import java.util.List;

/** A date exception was removed; live bookings that its removal leaves outside the hours are listed. */
public record CounselorHoursExceptionRemovedEvent(String counselorId, String exceptionId, List<String> bookingsOutsideHours) {
}
