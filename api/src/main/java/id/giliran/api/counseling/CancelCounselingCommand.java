package id.giliran.api.counseling;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cancels a live booking with a reason: by its counselor, its student or ADMIN. */
@Permitted({Role.KONSELOR, Role.SISWA, Role.ADMIN})
public record CancelCounselingCommand(String counselorId, String bookingId, String reason) {

    /** The counselor's calendar, apart from their account ({@link CounselorCalendars}). */
    @TargetAggregateIdentifier
    public String calendarId() {
        return CounselorCalendars.idOf(counselorId);
    }
}
