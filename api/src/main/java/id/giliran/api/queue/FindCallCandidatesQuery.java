package id.giliran.api.queue;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import java.time.LocalDate;

/**
 * The waiting tickets of a service day in calling order (priority first, then in the order taken),
 * at most {@code limit}; only those of {@code category} when it is given.
 */
@Permitted({Role.PETUGAS_LOKET, Role.ADMIN})
public record FindCallCandidatesQuery(LocalDate serviceDate, TicketCategory category, int limit) {

    public FindCallCandidatesQuery(LocalDate serviceDate, int limit) {
        this(serviceDate, null, limit);
    }
}
