package id.giliran.identity.invitation;

import id.giliran.identity.security.Callers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo mode: one invitation code README publishes, so a new user can open a student account. */
@Component
@Order(110)
@ConditionalOnProperty(name = "giliran.demo", havingValue = "true")
class DemoInvitationCode implements ApplicationRunner {

    static final String CODE = "SISWA-DEMO-2026";
    private static final Logger log = LoggerFactory.getLogger(DemoInvitationCode.class);

    private final InvitationCodeService invitations;

    DemoInvitationCode(InvitationCodeService invitations) {
        this.invitations = invitations;
    }

    @Override
    public void run(ApplicationArguments args) {
        // as the application itself: at start-up no one is signed in
        Callers.asSystem(this::issue);
    }

    private void issue() {
        String id = invitations.idOf(CODE);
        if (invitations.codes().stream().anyMatch(code -> code.invitationId().equals(id))) {
            return;
        }
        try {
            invitations.issueKnown(CODE, "Demo (semua kelas)");
            log.info("Demo invitation code for students issued");
        } catch (RuntimeException issuedBefore) {
            log.debug("The demo invitation code exists already");
        }
    }
}
