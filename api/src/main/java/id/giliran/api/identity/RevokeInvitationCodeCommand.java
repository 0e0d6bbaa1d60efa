package id.giliran.api.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** ADMIN revokes an invitation code: it opens no more accounts (those it opened stay). */
@Permitted(Role.ADMIN)
public record RevokeInvitationCodeCommand(@TargetAggregateIdentifier String invitationId) {
}
