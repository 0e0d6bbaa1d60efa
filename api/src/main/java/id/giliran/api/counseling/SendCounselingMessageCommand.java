package id.giliran.api.counseling;

import id.giliran.api.common.TextLimit;
import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A chat message about a booking, before the session (seed 000: "chat sebelum sesi"): from the
 * booking's student or its counselor, while the booking is live and its session has not ended;
 * at most {@link #MAX_LENGTH} characters.
 */
@Permitted({Role.SISWA, Role.KONSELOR})
public record SendCounselingMessageCommand(String counselorId, String bookingId, String messageId, String text) {

    public static final int MAX_LENGTH = TextLimit.CHAT_TEXT.max();

    /** The counselor's calendar, apart from their account ({@link CounselorCalendars}). */
    @TargetAggregateIdentifier
    public String calendarId() {
        return CounselorCalendars.idOf(counselorId);
    }
}
