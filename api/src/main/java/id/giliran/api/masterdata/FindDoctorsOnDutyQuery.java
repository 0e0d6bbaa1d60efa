package id.giliran.api.masterdata;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

import java.time.LocalDate;

/** The active doctors practising at {@code clinicCode} on {@code date} (any slot that day), by start time. */
@Permitted({Role.ADMIN, Role.PETUGAS_LOKET})
public record FindDoctorsOnDutyQuery(String clinicCode, LocalDate date) {
}
