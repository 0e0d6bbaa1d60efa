package id.giliran.api.counseling;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds a day off or extra hours on one date (extra hours inside the service frame). */
@Permitted({Role.KONSELOR, Role.ADMIN})
public record AddCounselorHoursExceptionCommand(String counselorId, HoursException exception) {

    /** The counselor's calendar, apart from their account ({@link CounselorCalendars}). */
    @TargetAggregateIdentifier
    public String calendarId() {
        return CounselorCalendars.idOf(counselorId);
    }
}
