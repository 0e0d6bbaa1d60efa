package id.giliran.api.counseling;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDateTime;
import java.util.List;

/** The counselor postpones ("undur") a pending or confirmed booking with a reason and one or more free alternative starts; the old slot is freed, the alternatives are held until the student answers. */
@Permitted(Role.KONSELOR)
public record PostponeCounselingCommand(String counselorId, String bookingId, String reason, List<LocalDateTime> alternatives) {

    /** The counselor's calendar, apart from their account ({@link CounselorCalendars}). */
    @TargetAggregateIdentifier
    public String calendarId() {
        return CounselorCalendars.idOf(counselorId);
    }
}
