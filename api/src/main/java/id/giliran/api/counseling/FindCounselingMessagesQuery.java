package id.giliran.api.counseling;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

/**
 * The chat of one booking, oldest first, to its student and its counselor only (others get an
 * empty list). Answers a list of {@link CounselingMessageView}; as a subscription query each new
 * message arrives as one {@link CounselingMessageView} update.
 */
@Permitted({Role.SISWA, Role.KONSELOR})
public record FindCounselingMessagesQuery(String bookingId) {
}
