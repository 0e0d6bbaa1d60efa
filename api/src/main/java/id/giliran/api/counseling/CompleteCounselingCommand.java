package id.giliran.api.counseling;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The counselor marks a confirmed session done, once it has started. */
@Permitted(Role.KONSELOR)
public record CompleteCounselingCommand(String counselorId, String bookingId) {

    /** The counselor's calendar, apart from their account ({@link CounselorCalendars}). */
    @TargetAggregateIdentifier
    public String calendarId() {
        return CounselorCalendars.idOf(counselorId);
    }
}
