package id.giliran.api.counseling;

import java.util.List;

/**
 * When a counselor takes sessions: weekly hours, date exceptions, the length of a session, the rest
 * between two sessions, and how long before its start a new booking must be made.
 */
public record CounselorHours(List<WeeklyHours> weekly, List<HoursException> exceptions, int sessionMinutes,
                             int bufferMinutes, int noticeMinutes) {

    /** Seed 001: a session lasts 30 to 45 minutes. */
    public static final int MIN_SESSION_MINUTES = 30;
    public static final int MAX_SESSION_MINUTES = 45;
    public static final int MAX_BUFFER_MINUTES = 120;
    public static final int MAX_NOTICE_MINUTES = 7 * 24 * 60;

    /** A counselor who has not set hours yet takes no sessions. */
    public static final CounselorHours NONE = new CounselorHours(List.of(), List.of(), 45, 15, 120);

    public CounselorHours {
        weekly = weekly == null ? List.of() : List.copyOf(weekly);
        exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
    }

    public CounselorHours withWeekly(List<WeeklyHours> newWeekly, int newSession, int newBuffer, int newNotice) {
        return new CounselorHours(newWeekly, exceptions, newSession, newBuffer, newNotice);
    }

    public CounselorHours withExceptions(List<HoursException> newExceptions) {
        return new CounselorHours(weekly, newExceptions, sessionMinutes, bufferMinutes, noticeMinutes);
    }
}
