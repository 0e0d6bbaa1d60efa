package id.giliran.api.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Open a closed account again. */
@Permitted(Role.ADMIN)
public record ReactivateUserCommand(@TargetAggregateIdentifier String username) {
}
