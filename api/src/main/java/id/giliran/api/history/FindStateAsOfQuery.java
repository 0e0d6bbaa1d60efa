package id.giliran.api.history;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

import java.time.Instant;

/**
 * "Keadaan pada": the state of an aggregate as of an instant (not in the future) beside its state now;
 * {@code focusId} (may be null) keeps to one record inside it. Answers {@code Optional<StateAsOf>},
 * empty for an unknown id; an instant in the future is refused with {@link HistoryRules#INSTANT_IN_FUTURE}.
 */
@Permitted({Role.AUDITOR, Role.ADMIN})
public record FindStateAsOfQuery(String aggregateId, String focusId, Instant at) {
}
