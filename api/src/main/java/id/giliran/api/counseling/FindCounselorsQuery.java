package id.giliran.api.counseling;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

/** The counselor directory: counselors with a profile, optionally only those with a specialization or with a free slot in the next 7 days; answers a list of {@link CounselorSummary}. */
@Permitted({Role.SISWA, Role.KONSELOR, Role.ADMIN})
public record FindCounselorsQuery(Specialization specialization, boolean freeThisWeek, CounselorSort sort) {
}
