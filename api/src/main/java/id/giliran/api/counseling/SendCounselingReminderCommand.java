package id.giliran.api.counseling;

import id.giliran.api.identity.Permitted;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDateTime;

/** Sent by the system when a reminder is due: accepted once per kind and session start, only while the booking is confirmed at that start. */
@Permitted({})
public record SendCounselingReminderCommand(String counselorId, String bookingId, ReminderKind kind, LocalDateTime sessionStart) {

    /** The counselor's calendar, apart from their account ({@link CounselorCalendars}). */
    @TargetAggregateIdentifier
    public String calendarId() {
        return CounselorCalendars.idOf(counselorId);
    }
}
