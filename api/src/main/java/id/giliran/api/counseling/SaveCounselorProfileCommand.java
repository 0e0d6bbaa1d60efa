package id.giliran.api.counseling;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Set;

/** Creates or changes a counselor's profile (a counselor only their own; counselorId is their username). photoId names a stored image, or is null. */
@Permitted({Role.KONSELOR, Role.ADMIN})
public record SaveCounselorProfileCommand(String counselorId, String name, Set<Specialization> specializations, String bio, String qualifications, Set<SessionChannel> channels, String photoId) {

    /** The counselor's calendar, apart from their account ({@link CounselorCalendars}). */
    @TargetAggregateIdentifier
    public String calendarId() {
        return CounselorCalendars.idOf(counselorId);
    }
}
