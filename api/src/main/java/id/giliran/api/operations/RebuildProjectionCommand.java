package id.giliran.api.operations;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Resets one event processor and rebuilds its read model from the first event. Handled by a plain
 * command handler beside the processors (not an aggregate); the processing group is marked as the
 * target only so the command audit names it.
 */
@Permitted(Role.ADMIN)
public record RebuildProjectionCommand(@TargetAggregateIdentifier String processingGroup) {
}
