package id.giliran.api.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Close an account: its owner can no longer sign in. Nothing is deleted. */
@Permitted(Role.ADMIN)
public record DeactivateUserCommand(@TargetAggregateIdentifier String username) {
}
