package id.giliran.api.queue;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import java.time.LocalDate;

/** The waiting tickets of a service day in calling order (priority first), at most {@code limit}. */
@Permitted({Role.PETUGAS_LOKET, Role.ADMIN})
public record FindCallCandidatesQuery(LocalDate serviceDate, int limit) {
}
