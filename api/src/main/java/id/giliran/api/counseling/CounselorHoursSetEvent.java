package id.giliran.api.counseling;

import java.util.List;

/** A counselor's weekly hours, session length, buffer and notice changed; the live bookings that no longer lie inside the hours are listed, never dropped. */
public record CounselorHoursSetEvent(String counselorId, List<WeeklyHours> weekly, int sessionMinutes, int bufferMinutes, int noticeMinutes, List<String> bookingsOutsideHours) {
}
