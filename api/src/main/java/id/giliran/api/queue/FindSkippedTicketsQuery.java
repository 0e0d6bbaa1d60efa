package id.giliran.api.queue;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

import java.time.LocalDate;

/** The tickets skipped on a service day (patient not present), oldest first, to call back. */
@Permitted({Role.PETUGAS_LOKET, Role.ADMIN})
public record FindSkippedTicketsQuery(LocalDate serviceDate) {
}
