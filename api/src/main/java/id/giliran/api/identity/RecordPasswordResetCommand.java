package id.giliran.api.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that an admin gave an account a new password (the password itself is never in a message). */
@Permitted(Role.ADMIN)
public record RecordPasswordResetCommand(@TargetAggregateIdentifier String username) {
}
