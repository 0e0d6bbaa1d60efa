package id.giliran.identity.setup;

import id.giliran.api.common.ErrorCode;
import id.giliran.identity.security.Callers;
import id.giliran.api.identity.ClaimFirstAdminSetupCommand;
import id.giliran.api.identity.FindUsersQuery;
import id.giliran.api.identity.ReleaseFirstAdminSetupCommand;
import id.giliran.api.identity.Role;
import id.giliran.api.identity.UserView;
import id.giliran.identity.ui.AccountService;
import id.giliran.ui.ErrorText;
import id.giliran.ui.ErrorText.UserError;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import java.util.function.BooleanSupplier;

/**
 * The one-time first-admin setup: offered when the application runs neither in demo mode nor with
 * the first admin from the environment, and open only while no account holds ADMIN. The person
 * proves with the setup code that they run the installation; the setup is claimed in the
 * {@code FirstAdminSetup} aggregate before the admin is opened, so of two browsers racing exactly one
 * opens an admin, and a claim whose admin was refused is released again. Should the process stop
 * between the claim and the account, the page answers "done" although no admin exists: the first
 * admin then comes from GILIRAN_ADMIN_USERNAME / GILIRAN_ADMIN_PASSWORD at the next start.
 */
@Service
public class FirstAdminSetupService {


    private final AccountService accounts;
    private final CommandGateway commands;
    private final SetupCode code;
    private final boolean offered;
    private final String setupId;
    private final BooleanSupplier adminExists;
    private final String address;
    /** Once an admin was seen the setup never opens again (so the page stops asking the read model). */
    private volatile boolean adminSeen;

    @Autowired
    FirstAdminSetupService(AccountService accounts, CommandGateway commands, QueryGateway queries, SetupCode code,
                           @Value("${giliran.demo:false}") boolean demo,
                           @Value("${giliran.accounts.admin-username:}") String adminUsername,
                           @Value("${giliran.accounts.admin-from-environment:false}") boolean adminFromEnvironment,
                           @Value("${giliran.public-url:http://localhost:8080}") String publicUrl) {
        this(accounts, commands, code, !demo && !adminFromEnvironment && (adminUsername == null || adminUsername.isBlank()),
                ClaimFirstAdminSetupCommand.INSTALLATION, () -> anyAdmin(queries),
                publicUrl.replaceAll("/+$", "") + "/pengaturan-awal");
    }

    /** For tests: their own setup id and their own answer to "is there an admin". */
    FirstAdminSetupService(AccountService accounts, CommandGateway commands, SetupCode code, boolean offered,
                           String setupId, BooleanSupplier adminExists, String address) {
        this.accounts = accounts;
        this.commands = commands;
        this.code = code;
        this.offered = offered;
        this.setupId = setupId;
        this.adminExists = adminExists;
        this.address = address;
    }

    static boolean anyAdmin(QueryGateway queries) {
        // as the application itself: nobody is signed in on the setup page or at start
        return Callers.asSystem(() -> queries.query(new FindUsersQuery(),
                              ResponseTypes.multipleInstancesOf(UserView.class)).join()
                      .stream().anyMatch(user -> user.roles().contains(Role.ADMIN)));
    }

    /** Whether the setup page may be used now. */
    public boolean isOpen() {
        if (!offered || adminSeen) {
            return false;
        }
        adminSeen = adminExists.getAsBoolean();
        return !adminSeen;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        if (isOpen()) {
            code.announce(address);
        }
    }

    /** Opens the first admin and answers their username; refused when the setup is closed or the code is wrong. */
    public String complete(String setupCode, String displayName, String usernameInput, String password,
                           String passwordAgain) {
        if (!isOpen()) {
            throw new UserError(ErrorCode.SETUP_ALREADY_DONE, "there is an admin");
        }
        if (!code.matches(setupCode)) {
            throw new UserError(ErrorCode.SETUP_CODE_INVALID, "wrong setup code");
        }
        // everything the person can correct is checked before the setup is claimed
        AccountService.checkedUsername(usernameInput);
        AccountService.requireStrong(password, passwordAgain);
        if (displayName == null || displayName.isBlank()) {
            throw new UserError(ErrorCode.INVALID_INPUT, "a name is required");
        }
        claim();
        String username;
        try {
            username = accounts.openFirstAdmin(displayName, usernameInput, password, passwordAgain);
        } catch (RuntimeException refused) {
            Callers.asSystem(() -> commands.sendAndWait(new ReleaseFirstAdminSetupCommand(setupId)));
            throw refused;
        }
        code.forget();
        return username;
    }

    private void claim() {
        try {
            Callers.asSystem(() -> commands.sendAndWait(new ClaimFirstAdminSetupCommand(setupId)));
        } catch (RuntimeException lost) {
            // another browser was first: the aggregate said so, or (another instance) wrote its first event first
            if (ErrorText.codeOf(lost).filter(other -> other != ErrorCode.SETUP_ALREADY_DONE).isPresent()) {
                throw lost;
            }
            throw new UserError(ErrorCode.SETUP_ALREADY_DONE, "the setup was claimed by another request");
        }
    }
}
