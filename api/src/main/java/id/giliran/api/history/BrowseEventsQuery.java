package id.giliran.api.history;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

import java.time.Instant;

/**
 * The whole event stream between two instants (at most {@link HistoryRules#MAX_RANGE_DAYS} days apart),
 * optionally only one event type (simple class name, exact) and one user (exact), at most
 * {@code pageSize} events a page; the next page starts after {@code afterPosition} (null: from
 * {@code from}). Answers an {@link EventPage}.
 */
@Permitted({Role.AUDITOR, Role.ADMIN})
public record BrowseEventsQuery(Instant from, Instant to, String eventType, String username, Long afterPosition,
                                int pageSize) {
}
