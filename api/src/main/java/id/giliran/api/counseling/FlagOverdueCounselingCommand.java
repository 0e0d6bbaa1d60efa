package id.giliran.api.counseling;

import id.giliran.api.identity.Permitted;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the system: a request still pending 24 hours after it was made is flagged (once). */
@Permitted({})
public record FlagOverdueCounselingCommand(String counselorId, String bookingId) {

    /** The counselor's calendar, apart from their account ({@link CounselorCalendars}). */
    @TargetAggregateIdentifier
    public String calendarId() {
        return CounselorCalendars.idOf(counselorId);
    }
}
