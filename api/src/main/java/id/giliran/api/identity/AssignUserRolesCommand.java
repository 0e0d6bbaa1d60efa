package id.giliran.api.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Set;

/** Replace an account's roles. */
@Permitted(Role.ADMIN)
public record AssignUserRolesCommand(@TargetAggregateIdentifier String username, Set<Role> roles) {
}
