package id.giliran.identity.security;

import id.giliran.api.identity.Usernames;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * The sign-in form's authentication: first the {@link SignInThrottle} (a refused attempt never reaches the
 * password check, and says no more than a wrong password), then the password, and only after a right
 * password whether the account is active (so a deactivated account answers as fast as any other).
 * Successes and failures are published as Spring Security's authentication events (the audit trail);
 * throttled attempts as {@link SignInThrottled}.
 */
@Component
class ThrottledSignIn implements AuthenticationManager {

    private static final int LONGEST_KEY = 200;

    private final ProviderManager passwords;
    private final SignInThrottle throttle;
    private final ApplicationEventPublisher events;

    ThrottledSignIn(UserDetailsService users, PasswordEncoder passwordEncoder, SignInThrottle throttle,
                    AuthenticationEventPublisher authenticationEvents, ApplicationEventPublisher events) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwordEncoder);
        provider.setPreAuthenticationChecks(user -> { });
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker()::check);
        this.passwords = new ProviderManager(provider);
        this.passwords.setAuthenticationEventPublisher(authenticationEvents);
        this.throttle = throttle;
        this.events = events;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String account = accountKey(attempt.getName());
        String address = SignInAddress.of(attempt);
        var refusal = throttle.admit(account, address);
        if (refusal.isPresent()) {
            events.publishEvent(new SignInThrottled(account, address, refusal.get().brake(), refusal.get().retryAfter()));
            throw new SignInRefusedException();
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.succeeded(account, address);
            return signedIn;
        } catch (AuthenticationException refused) {
            throttle.failed(account, address);
            throw refused;
        }
    }

    /** The account an attempt is counted for: the normalised username, or what was typed (an unknown name counts too). */
    static String accountKey(String typed) {
        String text = typed == null ? "" : typed;
        String key = Usernames.normalise(text).orElse(text.strip().toLowerCase(Locale.ROOT));
        return key.length() > LONGEST_KEY ? key.substring(0, LONGEST_KEY) : key;
    }

    /** Refused by the throttle, before the password was looked at. */
    static final class SignInRefusedException extends AuthenticationException {

        SignInRefusedException() {
            super("sign-in throttled");
        }
    }
}
