package id.giliran.identity.security;

import id.giliran.TestClock;
import id.giliran.infrastructure.RateLimits;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sign-in form's authentication: the throttle before the password, one kind of refusal for the form. */
class ThrottledSignInTest {

    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private static final String HASH = ENCODER.encode("Rahasia#2026");

    private final TestClock clock = new TestClock(Instant.parse("2026-11-30T01:00:00Z"));
    private final List<Object> published = new ArrayList<>();
    private final AtomicInteger lookups = new AtomicInteger();
    private final Map<String, UserDetails> accounts = Map.of(
            "ani@puskesmas.id", User.withUsername("ani@puskesmas.id").password(HASH).roles("PETUGAS_LOKET").build(),
            "budi@puskesmas.id", User.withUsername("budi@puskesmas.id").password(HASH).roles("PETUGAS_LOKET")
                                     .disabled(true).build());
    private final ThrottledSignIn signIn = new ThrottledSignIn(username -> {
        lookups.incrementAndGet();
        UserDetails user = accounts.get(username);
        if (user == null) {
            throw new UsernameNotFoundException("no account");
        }
        return User.withUserDetails(user).build();
    }, ENCODER, new SignInThrottle(new RateLimits(new RateLimits.Settings(null), clock), clock),
            new DefaultAuthenticationEventPublisher(published::add), published::add);

    private Authentication attempt(String username, String password) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails("10.0.0.5", null));
        return signIn.authenticate(token);
    }

    @Test
    void theRightPasswordSignsIn() {
        assertThat(attempt("ani@puskesmas.id", "Rahasia#2026").isAuthenticated()).isTrue();
        assertThat(published).hasAtLeastOneElementOfType(AuthenticationSuccessEvent.class);
    }

    @Test
    void aWrongPasswordAnUnknownAccountAndADeactivatedOneAreAllRefusedAsBadCredentials() {
        assertThatThrownBy(() -> attempt("ani@puskesmas.id", "Salah#1")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> attempt("siapa@puskesmas.id", "Salah#1")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> attempt("budi@puskesmas.id", "Salah#1"))
                .as("a deactivated account with a wrong password says nothing of its state")
                .isInstanceOf(BadCredentialsException.class);
        // only the right password learns that the account is closed (the form shows the same message anyway)
        assertThatThrownBy(() -> attempt("budi@puskesmas.id", "Rahasia#2026")).isInstanceOf(DisabledException.class);
        assertThat(published).filteredOn(AbstractAuthenticationFailureEvent.class::isInstance).hasSize(4);
    }

    @Test
    void insideTheWaitEvenTheRightPasswordIsRefusedWithoutBeingChecked() {
        for (int failure = 0; failure < 4; failure++) {
            assertThatThrownBy(() -> attempt("ani@puskesmas.id", "Salah#1")).isInstanceOf(BadCredentialsException.class);
        }
        int checked = lookups.get();

        assertThatThrownBy(() -> attempt("ani@puskesmas.id", "Rahasia#2026")).isInstanceOf(AuthenticationException.class);
        assertThat(lookups.get()).as("the password was not looked at").isEqualTo(checked);
        assertThat(published).last().isEqualTo(new SignInThrottled("ani@puskesmas.id", "10.0.0.5",
                SignInThrottle.Brake.PAIR_DELAY, Duration.ofSeconds(1)));

        clock.advance(Duration.ofSeconds(1));
        assertThat(attempt("ani@puskesmas.id", "Rahasia#2026").isAuthenticated()).isTrue();
    }

    @Test
    void anUnknownAccountIsThrottledLikeAKnownOne() {
        for (int failure = 0; failure < 4; failure++) {
            assertThatThrownBy(() -> attempt("siapa@puskesmas.id", "Salah#1")).isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> attempt("siapa@puskesmas.id", "Salah#1"))
                .isInstanceOf(ThrottledSignIn.SignInRefusedException.class);
        assertThat(published).last().isInstanceOf(SignInThrottled.class);
    }
}
