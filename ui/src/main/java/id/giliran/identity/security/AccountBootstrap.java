package id.giliran.identity.security;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.identity.Usernames;
import id.giliran.api.identity.Role;
import id.giliran.identity.ui.AccountService;
import id.giliran.ui.ErrorText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The first accounts. Demo mode ({@code giliran.demo=true}, env GILIRAN_DEMO, which README command 1
 * passes) opens one demo account per role with the passwords README publishes, so a new user can try
 * every view. Without it no account has a known password: the first admin comes from
 * GILIRAN_ADMIN_USERNAME / GILIRAN_ADMIN_PASSWORD when set (always in the axonserver profile, where
 * start-up fails with a clear message without them), else from the one-time setup page
 * ({@code id.giliran.identity.setup}). Existing accounts are never changed.
 */
@Component
@EnableConfigurationProperties(AccountBootstrap.Settings.class)
class AccountBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

    /** One demo account per role: username, name, password, role. */
    static final List<Demo> DEMO_ACCOUNTS = List.of(
            new Demo("admin@giliran.id", "Admin Demo", "Admin#2026", Role.ADMIN),
            new Demo("loket@giliran.id", "Petugas Loket Demo", "Loket#2026", Role.PETUGAS_LOKET),
            new Demo("konselor@giliran.id", "Konselor Demo", "Konselor#2026", Role.KONSELOR),
            new Demo("konselor2@giliran.id", "Konselor Demo 2", "Konselor#2026", Role.KONSELOR),
            new Demo("siswa@giliran.id", "Siswa Demo", "Siswa#2026", Role.SISWA),
            new Demo("pasien@giliran.id", "Pasien Demo", "Pasien#2026", Role.PASIEN),
            new Demo("auditor@giliran.id", "Auditor Demo", "Auditor#2026", Role.AUDITOR));

    private final Settings settings;
    private final boolean demo;
    private final AccountService accounts;
    private final CredentialStore credentials;

    AccountBootstrap(Settings settings, @Value("${giliran.demo:false}") boolean demo, AccountService accounts,
                     CredentialStore credentials) {
        this.settings = settings;
        this.demo = demo;
        this.accounts = accounts;
        this.credentials = credentials;
        firstAdmin(); // fail at start-up, before anything else runs, when production has no first admin
    }

    /** The first admin from the environment; empty in demo mode and where the setup page offers itself. */
    Optional<Demo> firstAdmin() {
        boolean fromEnvironment = settings.adminFromEnvironment()
                || settings.adminUsername() != null && !settings.adminUsername().isBlank();
        if (demo || !fromEnvironment) {
            return Optional.empty();
        }
        String username = Usernames.normalise(settings.adminUsername()).orElseThrow(() -> new IllegalStateException(
                "No first admin: set GILIRAN_ADMIN_USERNAME (an e-mail address or phone number) and "
                        + "GILIRAN_ADMIN_PASSWORD (at least 8 characters with letters, digits and a symbol)."));
        if (!PasswordPolicy.violations(settings.adminPassword()).isEmpty()) {
            throw new IllegalStateException("GILIRAN_ADMIN_PASSWORD must have at least 8 characters with letters, "
                    + "digits and a symbol, and at most " + PasswordPolicy.MAX_BYTES + " bytes.");
        }
        return Optional.of(new Demo(username, "Administrator", settings.adminPassword(), Role.ADMIN));
    }

    @Override
    public void run(ApplicationArguments args) {
        if (settings.create()) {
            Callers.asSystem(this::openAccounts);
        }
    }

    /** As the application itself: at start-up no one is signed in. */
    private void openAccounts() {
        List<Demo> wanted = demo ? DEMO_ACCOUNTS : firstAdmin().stream().toList();
        int opened = 0;
        for (Demo account : wanted) {
            try {
                accounts.open(account.name(), account.username(), account.password(), account.password(),
                        Set.of(account.role()));
                opened++;
            } catch (RuntimeException refused) {
                if (ErrorText.codeOf(refused).filter(ErrorCode.USERNAME_TAKEN::equals).isEmpty()) {
                    throw refused;
                }
                if (credentials.find(account.username()).isEmpty()) {
                    // no username in the log (an e-mail or a phone number): the admin finds the account in the list
                    log.warn("A configured {} account exists without a password; an admin can reset it",
                            account.role());
                }
            }
        }
        log.info("{} account(s) opened at start-up ({} configured)", opened, wanted.size());
    }

    record Demo(String username, String name, String password, Role role) {
    }

    /**
     * @param adminUsername the first admin in production (env GILIRAN_ADMIN_USERNAME)
     * @param adminPassword its password (env GILIRAN_ADMIN_PASSWORD); never logged
     * @param create        open the accounts at start-up (off only in tests that cannot reach a server)
     * @param adminFromEnvironment the first admin only from the environment, never the setup page (axonserver)
     */
    @ConfigurationProperties("giliran.accounts")
    record Settings(String adminUsername, String adminPassword, boolean create, boolean adminFromEnvironment) {
    }
}
