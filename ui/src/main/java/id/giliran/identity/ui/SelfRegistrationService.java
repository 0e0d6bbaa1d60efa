package id.giliran.identity.ui;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.identity.Role;
import id.giliran.identity.invitation.InvitationCodeService;
import id.giliran.infrastructure.RateLimits;
import id.giliran.ui.ErrorText.UserError;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.util.Set;

/**
 * People opening their own account: a patient (PASIEN) freely, a student (SISWA) only with an
 * invitation code of their school or class, or not at all when the installation switched student
 * self-registration off ({@code giliran.accounts.student-self-registration=off}). Both are limited per
 * client address (rate limit {@link RateLimits#SELF_REGISTRATION}). What the person can correct is
 * checked first, so a typo uses neither the limit nor the code.
 */
@Service
public class SelfRegistrationService {

    private final AccountService accounts;
    private final InvitationCodeService invitations;
    private final RateLimits limits;
    private final boolean studentsByInvitation;

    @Autowired
    SelfRegistrationService(AccountService accounts, InvitationCodeService invitations, RateLimits limits,
                            @Value("${giliran.accounts.student-self-registration:invitation}") String students) {
        this(accounts, invitations, limits, !"off".equalsIgnoreCase(students.strip()));
    }

    SelfRegistrationService(AccountService accounts, InvitationCodeService invitations, RateLimits limits,
                            boolean studentsByInvitation) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.limits = limits;
        this.studentsByInvitation = studentsByInvitation;
    }

    /** Whether students may open their own account here (with an invitation code). */
    public boolean studentsMayRegister() {
        return studentsByInvitation;
    }

    /** Opens the person's own account and answers its username. */
    public String register(String displayName, String usernameInput, String password, String passwordAgain, Role role,
                           String invitationCode, String clientAddress) {
        if (role != Role.SISWA && role != Role.PASIEN) {
            throw new UserError(ErrorCode.ROLES_NOT_ALLOWED, "people register themselves as SISWA or PASIEN only");
        }
        if (role == Role.SISWA && !studentsByInvitation) {
            throw new UserError(ErrorCode.STUDENT_SELF_REGISTRATION_OFF, "students do not register themselves here");
        }
        String username = AccountService.checkedUsername(usernameInput);
        AccountService.requireStrong(password, passwordAgain);
        if (accounts.exists(username)) {
            throw new UserError(ErrorCode.USERNAME_TAKEN, "the username is taken");
        }
        if (!limits.tryAcquire(RateLimits.SELF_REGISTRATION, clientAddress == null ? "unknown" : clientAddress)
                   .allowed()) {
            throw new UserError(ErrorCode.SELF_REGISTRATION_LIMITED, "too many new accounts from this address");
        }
        if (role == Role.SISWA) {
            // a use is counted before the account: of two students racing for a code's last use only one gets it
            invitations.use(invitationCode);
        }
        return accounts.open(displayName, username, password, passwordAgain, Set.of(role));
    }
}
