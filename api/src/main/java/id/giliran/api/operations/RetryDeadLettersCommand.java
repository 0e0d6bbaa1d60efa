package id.giliran.api.operations;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * "Coba lagi": handles the parked events of one sequence (an aggregate) of a processing group again,
 * in order, or of every sequence when {@code sequenceId} is null. Answers how many sequences were
 * drained completely.
 */
@Permitted(Role.ADMIN)
public record RetryDeadLettersCommand(@TargetAggregateIdentifier String processingGroup, String sequenceId) {
}
