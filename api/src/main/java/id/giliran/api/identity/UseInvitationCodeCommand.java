package id.giliran.api.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A student opening their own account uses an invitation code (by its keyed hash); refused when the code
 * is unknown, revoked, expired or used up. Sent without signing in, before the account is opened.
 */
@Permitted(value = Role.ADMIN, anyone = true)
public record UseInvitationCodeCommand(@TargetAggregateIdentifier String invitationId) {
}
