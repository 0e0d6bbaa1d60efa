package id.giliran.api.operations;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

/** The parked events of one processing group, in order per sequence; a list of {@link DeadLetterView}. */
@Permitted({Role.ADMIN, Role.AUDITOR})
public record FindDeadLettersQuery(String processingGroup) {
}
