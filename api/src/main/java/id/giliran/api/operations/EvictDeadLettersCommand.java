package id.giliran.api.operations;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * "Keluarkan": removes the parked events of one sequence of a processing group for good, with the
 * reason why (required; it is kept in the audit trail).
 */
@Permitted(Role.ADMIN)
public record EvictDeadLettersCommand(@TargetAggregateIdentifier String processingGroup, String sequenceId,
                                      String reason) {
}
