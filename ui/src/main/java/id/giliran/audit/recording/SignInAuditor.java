package id.giliran.audit.recording;

import id.giliran.api.audit.SecurityEventKind;
import id.giliran.identity.security.SignInThrottled;
import id.giliran.identity.security.SignInAddress;
import id.giliran.api.identity.Usernames;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Sign-ins, failed sign-ins, throttled sign-ins (and why) and sign-outs go into the audit trail. */
@Component
class SignInAuditor {

    private final AuditRecorder audit;

    SignInAuditor(AuditRecorder audit) {
        this.audit = audit;
    }

    @EventListener
    void on(AuthenticationSuccessEvent success) {
        record(SecurityEventKind.LOGIN, success.getAuthentication());
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent failure) {
        record(SecurityEventKind.LOGIN_FAILED, failure.getAuthentication());
    }

    /** A throttled attempt: which brake refused it, so an admin can tell an officer why they could not sign in. */
    @EventListener
    void on(SignInThrottled throttled) {
        SecurityEventKind kind = switch (throttled.brake()) {
            case PAIR_DELAY -> SecurityEventKind.SIGN_IN_DELAYED;
            case ADDRESS_LIMIT -> SecurityEventKind.SIGN_IN_ADDRESS_LIMITED;
            case ACCOUNT_LIMIT -> SecurityEventKind.SIGN_IN_ACCOUNT_LIMITED;
        };
        audit.securityEvent(kind, throttled.username(), throttled.clientAddress());
    }

    @EventListener
    void on(LogoutSuccessEvent logout) {
        record(SecurityEventKind.LOGOUT, logout.getAuthentication());
    }

    private void record(SecurityEventKind kind, Authentication authentication) {
        String name = authentication.getName();
        String username = Usernames.normalise(name).orElse(name == null ? "?" : name.strip());
        audit.securityEvent(kind, username, SignInAddress.of(authentication));
    }
}
