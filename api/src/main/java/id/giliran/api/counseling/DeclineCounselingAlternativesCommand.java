package id.giliran.api.counseling;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The student takes none of the offered alternatives: the booking is cancelled and they are freed. */
@Permitted(Role.SISWA)
public record DeclineCounselingAlternativesCommand(String counselorId, String bookingId, String reason) {

    /** The counselor's calendar, apart from their account ({@link CounselorCalendars}). */
    @TargetAggregateIdentifier
    public String calendarId() {
        return CounselorCalendars.idOf(counselorId);
    }
}
