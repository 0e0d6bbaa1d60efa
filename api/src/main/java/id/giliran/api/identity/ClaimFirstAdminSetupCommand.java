package id.giliran.api.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The one-time first-admin setup is being done: only the first claim of an installation's setup
 * succeeds, so two browsers racing for an empty installation open exactly one admin. Sent by the
 * application itself once the setup code was checked (the person is not signed in yet).
 *
 * @param setupId {@link #INSTALLATION} in the application; tests use their own
 */
@Permitted(Role.ADMIN)
public record ClaimFirstAdminSetupCommand(@TargetAggregateIdentifier String setupId) {

    public static final String INSTALLATION = "first-admin-setup";
}
