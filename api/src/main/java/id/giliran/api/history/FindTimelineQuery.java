package id.giliran.api.history;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

/**
 * The timeline of one aggregate, read from the event store; {@code focusId} (may be null) keeps only
 * the events about that record inside it. Answers {@code Optional<Timeline>}, empty for an unknown id.
 */
@Permitted({Role.AUDITOR, Role.ADMIN})
public record FindTimelineQuery(String aggregateId, String focusId) {
}
