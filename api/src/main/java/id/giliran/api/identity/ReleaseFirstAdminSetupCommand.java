package id.giliran.api.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The claimed setup could not open its admin (the account was refused): the setup is open again. */
@Permitted(Role.ADMIN)
public record ReleaseFirstAdminSetupCommand(@TargetAggregateIdentifier String setupId) {
}
