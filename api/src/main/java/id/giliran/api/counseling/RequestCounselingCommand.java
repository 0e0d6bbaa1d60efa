package id.giliran.api.counseling;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDateTime;

/** Requests a session at a free slot: a student for themselves, or staff on a student's behalf (then onBehalf is required). The booking is pending and holds its slot. */
@Permitted({Role.SISWA, Role.KONSELOR, Role.ADMIN})
public record RequestCounselingCommand(String counselorId, String bookingId, String studentUsername, String studentName, LocalDateTime start, String topic, SessionChannel channel, OnBehalfRequest onBehalf) {

    /** The counselor's calendar, apart from their account ({@link CounselorCalendars}). */
    @TargetAggregateIdentifier
    public String calendarId() {
        return CounselorCalendars.idOf(counselorId);
    }
}
