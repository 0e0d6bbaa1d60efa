package id.giliran.api.counseling;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

/** One booking, to its student, its counselor or ADMIN; answers an optional {@link CounselingBookingView}. */
@Permitted({Role.SISWA, Role.KONSELOR, Role.ADMIN})
public record FindCounselingBookingQuery(String bookingId) {
}
