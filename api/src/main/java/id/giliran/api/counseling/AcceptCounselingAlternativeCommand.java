package id.giliran.api.counseling;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDateTime;

/** The student takes one offered alternative: the booking is confirmed at that time, the other alternatives are freed. */
@Permitted(Role.SISWA)
public record AcceptCounselingAlternativeCommand(String counselorId, String bookingId, LocalDateTime start) {

    /** The counselor's calendar, apart from their account ({@link CounselorCalendars}). */
    @TargetAggregateIdentifier
    public String calendarId() {
        return CounselorCalendars.idOf(counselorId);
    }
}
