package id.giliran.identity.ui;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.identity.AssignUserRolesCommand;
import id.giliran.api.identity.DeactivateUserCommand;
import id.giliran.api.identity.FindUsersQuery;
import id.giliran.api.identity.ReactivateUserCommand;
import id.giliran.api.identity.RecordPasswordResetCommand;
import id.giliran.api.identity.RegisterUserCommand;
import id.giliran.api.identity.Role;
import id.giliran.api.identity.UserView;
import id.giliran.identity.security.CredentialStore;
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

/**
 * Accounts: opening one (a student or patient for themselves, anyone by an admin), roles,
 * closing and reopening, and an admin's password reset. The account is an aggregate; its password
 * goes only to the credential store, hashed, after the account exists.
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
        String username = Usernames.normalise(usernameInput)
                                   .orElseThrow(() -> new UserError(ErrorCode.USERNAME_INVALID, "bad username"));
        requireStrong(password, passwordAgain);
        commandGateway.sendAndWait(new RegisterUserCommand(username, displayName, roles));
        credentials.create(username, passwordEncoder.encode(password));
        return username;
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

    private static void requireStrong(String password, String passwordAgain) {
        if (!PasswordPolicy.violations(password).isEmpty()) {
            throw new UserError(ErrorCode.PASSWORD_TOO_WEAK, "password breaks the policy");
        }
        if (!password.equals(passwordAgain)) {
            throw new UserError(ErrorCode.PASSWORD_MISMATCH, "passwords differ");
        }
    }
}
