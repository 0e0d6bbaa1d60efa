package id.giliran.api.counseling;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

import java.time.LocalDate;
import java.util.Set;

/** A counselor's bookings (a counselor sees only their own), optionally by status (empty: all) and session dates (null: open); earliest first. Answers a list of {@link CounselingBookingView}. */
@Permitted({Role.KONSELOR, Role.ADMIN})
public record FindCounselorBookingsQuery(String counselorId, Set<CounselingStatus> statuses, LocalDate from, LocalDate to) {
}
