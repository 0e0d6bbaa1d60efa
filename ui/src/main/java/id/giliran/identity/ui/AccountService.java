package id.giliran.identity.ui;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.identity.AccountStanding;
import id.giliran.api.identity.AssignUserRolesCommand;
import id.giliran.api.identity.FindAccountStandingQuery;
import id.giliran.api.identity.DeactivateUserCommand;
import id.giliran.api.identity.FindUsersQuery;
import id.giliran.api.identity.ReactivateUserCommand;
import id.giliran.api.identity.RecordPasswordResetCommand;
import id.giliran.api.identity.RegisterUserCommand;
import id.giliran.api.identity.Role;
import id.giliran.api.identity.UserView;
import id.giliran.identity.security.CredentialStore;
import id.giliran.identity.security.Callers;
import id.giliran.identity.security.PasswordPolicy;
import id.giliran.api.identity.Usernames;
import id.giliran.ui.ErrorText.UserError;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Accounts: opening one (a student or patient for themselves, anyone by an admin), roles,
 * closing and reopening, and an admin's password reset. The account is an aggregate; its password
 * goes only to the credential store, hashed. An account and its password come together or not at
 * all: the password is stored first (pending), the account opened, and the password confirmed, or
 * removed when the account is refused (see {@link CredentialStore#reserve}).
 */
@Service
public class AccountService {

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final CredentialStore credentials;
    private final PasswordEncoder passwordEncoder;

    AccountService(CommandGateway commandGateway, QueryGateway queryGateway, CredentialStore credentials,
                   PasswordEncoder passwordEncoder) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.credentials = credentials;
        this.passwordEncoder = passwordEncoder;
    }

    /**
     * Opens an account and answers its normalised username. Nothing is stored when the input is
     * refused or the username is taken.
     */
    public String open(String displayName, String usernameInput, String password, String passwordAgain,
                       Set<Role> roles) {
        return open(displayName, usernameInput, password, passwordAgain, roles, false);
    }

    /**
     * Opens the first admin from the one-time setup page: sent as the application itself (the person
     * is not signed in yet; the setup service checked the setup code and claimed the setup first).
     */
    public String openFirstAdmin(String displayName, String usernameInput, String password, String passwordAgain) {
        return open(displayName, usernameInput, password, passwordAgain, Set.of(Role.ADMIN), true);
    }

    /** The username in its one form, or the refusal to show, before anything is stored. */
    public static String checkedUsername(String usernameInput) {
        return Usernames.normalise(usernameInput)
                        .orElseThrow(() -> new UserError(ErrorCode.USERNAME_INVALID, "bad username"));
    }

    private String open(String displayName, String usernameInput, String password, String passwordAgain,
                        Set<Role> roles, boolean asTheApplication) {
        String username = checkedUsername(usernameInput);
        requireStrong(password, passwordAgain);
        // an existing account's pending password (its opening was cut short after the account) is never replaced
        if (exists(username)) {
            throw new UserError(ErrorCode.USERNAME_TAKEN, "the username is taken");
        }
        String attempt = UUID.randomUUID().toString();
        String hash = passwordEncoder.encode(password);
        if (!credentials.reserve(username, hash, attempt)) {
            throw new UserError(ErrorCode.USERNAME_TAKEN, "the username has a password");
        }
        try {
            RegisterUserCommand command = new RegisterUserCommand(username, displayName, roles);
            if (asTheApplication) {
                Callers.asSystem(() -> commandGateway.sendAndWait(command));
            } else {
                commandGateway.sendAndWait(command);
            }
        } catch (RuntimeException refused) {
            credentials.release(username, attempt);
            throw refused;
        }
        credentials.confirm(username, hash, attempt);
        return username;
    }

    /** Whether the account exists, from its aggregate (the read model may lag behind). */
    boolean exists(String username) {
        // as the application itself: the person opening an account is not signed in (nothing of the account is answered)
        return Callers.asSystem(() -> queryGateway.query(new FindAccountStandingQuery(username),
                ResponseTypes.optionalInstanceOf(AccountStanding.class)).join().isPresent());
    }

    public List<UserView> users() {
        return queryGateway.query(new FindUsersQuery(), ResponseTypes.multipleInstancesOf(UserView.class)).join();
    }

    public void assignRoles(String username, Set<Role> roles) {
        commandGateway.sendAndWait(new AssignUserRolesCommand(username, roles));
    }

    public void deactivate(String username) {
        commandGateway.sendAndWait(new DeactivateUserCommand(username));
    }

    public void reactivate(String username) {
        commandGateway.sendAndWait(new ReactivateUserCommand(username));
    }

    /** An admin gives an account a new password; this also lifts a lockout. */
    public void resetPassword(String username, String password, String passwordAgain) {
        requireStrong(password, passwordAgain);
        commandGateway.sendAndWait(new RecordPasswordResetCommand(username));
        credentials.replace(username, passwordEncoder.encode(password));
    }

    /** The checks the account's password must pass, before anything is stored. */
    public static void requireStrong(String password, String passwordAgain) {
        if (PasswordPolicy.tooLong(password)) {
            throw new UserError(ErrorCode.PASSWORD_TOO_LONG, "password over bcrypt's 72 bytes");
        }
        if (!PasswordPolicy.violations(password).isEmpty()) {
            throw new UserError(ErrorCode.PASSWORD_TOO_WEAK, "password breaks the policy");
        }
        if (!password.equals(passwordAgain)) {
            throw new UserError(ErrorCode.PASSWORD_MISMATCH, "passwords differ");
        }
    }
}
