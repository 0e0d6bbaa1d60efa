package id.giliran.api.counseling;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

/** One counselor's profile and hours; answers an optional {@link CounselorView}. */
@Permitted({Role.SISWA, Role.KONSELOR, Role.ADMIN})
public record FindCounselorQuery(String counselorId) {
}
