package id.giliran.api.counseling;

import java.util.List;

/** A day off or extra hours were added on one date; live bookings that a day off leaves outside the hours are listed. */
public record CounselorHoursExceptionAddedEvent(String counselorId, HoursException exception, List<String> bookingsOutsideHours) {
}
