package id.giliran.api.counseling;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

/** A student's bookings, latest session first (a student sees only their own). Answers a list of {@link CounselingBookingView}. */
@Permitted({Role.SISWA, Role.KONSELOR, Role.ADMIN})
public record FindStudentCounselingQuery(String studentUsername) {
}
