package id.giliran.identity.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.identity.AccountStanding;
import id.giliran.api.identity.AssignUserRolesCommand;
import id.giliran.api.identity.Caller;
import id.giliran.api.identity.DeactivateUserCommand;
import id.giliran.api.identity.ReactivateUserCommand;
import id.giliran.api.identity.RecordPasswordResetCommand;
import id.giliran.api.identity.RegisterUserCommand;
import id.giliran.api.identity.Role;
import id.giliran.api.identity.UserDeactivatedEvent;
import id.giliran.api.identity.UserPasswordResetEvent;
import id.giliran.api.identity.UserReactivatedEvent;
import id.giliran.api.identity.UserRegisteredEvent;
import id.giliran.api.identity.UserRolesAssignedEvent;
import id.giliran.api.identity.Usernames;
import id.giliran.command.BusinessRuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A person's account, identified by their username (e-mail address or phone number), so one
 * username is one account, also when two people register it at the same moment. It holds roles
 * and whether the account is active; the password lives only in the credential store.
 */
@Aggregate
public class UserAccount {

    private static final Set<Set<Role>> SELF_REGISTRATION = Set.of(Set.of(Role.SISWA), Set.of(Role.PASIEN));

    @AggregateIdentifier
    private String username;
    private boolean active;
    private Set<Role> roles = Set.of();

    protected UserAccount() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RegisterUserCommand command, MetaData metaData, Clock clock) {
        if (username != null) {
            throw new BusinessRuleViolation(ErrorCode.USERNAME_TAKEN, "the username is taken");
        }
        // the username must already be in its one normal form, so one person cannot hold two spellings
        if (command.username() == null || !Usernames.normalise(command.username()).filter(command.username()::equals)
                                                    .isPresent()) {
            throw new BusinessRuleViolation(ErrorCode.USERNAME_INVALID,
                    "a username is a lower-case e-mail address or a +62 phone number");
        }
        if (command.displayName() == null || command.displayName().isBlank()) {
            throw new BusinessRuleViolation(ErrorCode.INVALID_INPUT, "a name is required");
        }
        requireRoles(command.roles());
        Caller caller = Caller.fromMetaData(metaData);
        boolean byAdmin = caller.isSystem() || caller.hasAnyRole(Role.ADMIN);
        if (!byAdmin && !SELF_REGISTRATION.contains(command.roles())) {
            throw new BusinessRuleViolation(ErrorCode.ROLES_NOT_ALLOWED,
                    "people register themselves as SISWA or as PASIEN only");
        }
        apply(new UserRegisteredEvent(command.username(), command.displayName().strip(), Set.copyOf(command.roles()),
                !byAdmin, clock.instant()));
    }

    @CommandHandler
    public void handle(AssignUserRolesCommand command) {
        requireRoles(command.roles());
        apply(new UserRolesAssignedEvent(username, Set.copyOf(command.roles())));
    }

    @CommandHandler
    public void handle(DeactivateUserCommand command) {
        if (active) {
            apply(new UserDeactivatedEvent(username));
        }
    }

    @CommandHandler
    public void handle(ReactivateUserCommand command) {
        if (!active) {
            apply(new UserReactivatedEvent(username));
        }
    }

    @CommandHandler
    public void handle(RecordPasswordResetCommand command) {
        apply(new UserPasswordResetEvent(username));
    }

    private static void requireRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new BusinessRuleViolation(ErrorCode.ROLES_REQUIRED, "an account needs at least one role");
        }
    }

    /** Roles and activity as the events say, for sign-in ({@link AccountStandingQueries}) and erasures. */
    public AccountStanding standing() {
        return new AccountStanding(username, roles, active);
    }

    @EventSourcingHandler
    void on(UserRegisteredEvent event) {
        username = event.username();
        roles = Set.copyOf(event.roles());
        active = true;
    }

    @EventSourcingHandler
    void on(UserRolesAssignedEvent event) {
        roles = Set.copyOf(event.roles());
    }

    @EventSourcingHandler
    void on(UserDeactivatedEvent event) {
        active = false;
    }

    @EventSourcingHandler
    void on(UserReactivatedEvent event) {
        active = true;
    }
}
