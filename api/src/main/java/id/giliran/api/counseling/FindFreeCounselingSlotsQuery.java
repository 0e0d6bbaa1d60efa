package id.giliran.api.counseling;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

import java.time.LocalDate;

/** A counselor's free slots from one date to another (both included); withNotice false for the alternatives a counselor offers. Answers a list of {@link Slot}. */
@Permitted({Role.SISWA, Role.KONSELOR, Role.ADMIN})
public record FindFreeCounselingSlotsQuery(String counselorId, LocalDate from, LocalDate to, boolean withNotice) {
}
