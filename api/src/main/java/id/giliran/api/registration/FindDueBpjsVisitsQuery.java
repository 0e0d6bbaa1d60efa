package id.giliran.api.registration;

import id.giliran.api.identity.Permitted;

import java.time.Instant;

/**
 * The registrations whose PCare visit needs an attempt (add or delete) at {@code now}, oldest first,
 * at most {@code limit}; for the sender only. A list of {@link RegistrationView}.
 */
@Permitted({})
public record FindDueBpjsVisitsQuery(Instant now, int limit) {
}
