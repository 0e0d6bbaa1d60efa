package id.giliran.api.counseling;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Replaces a counselor's weekly hours (inside the service frame, not overlapping), session length (30–45 minutes), buffer and minimum notice. */
@Permitted({Role.KONSELOR, Role.ADMIN})
public record SetCounselorHoursCommand(String counselorId, List<WeeklyHours> weekly, int sessionMinutes, int bufferMinutes, int noticeMinutes) {

    /** The counselor's calendar, apart from their account ({@link CounselorCalendars}). */
    @TargetAggregateIdentifier
    public String calendarId() {
        return CounselorCalendars.idOf(counselorId);
    }
}
