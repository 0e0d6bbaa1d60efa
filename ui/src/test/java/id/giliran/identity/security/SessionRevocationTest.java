package id.giliran.identity.security;

import id.giliran.TestClock;
import id.giliran.api.identity.Role;
import id.giliran.api.identity.UserDeactivatedEvent;
import id.giliran.api.identity.UserPasswordResetEvent;
import id.giliran.api.identity.UserRolesAssignedEvent;
import id.giliran.infrastructure.RateLimits;
import jakarta.servlet.http.HttpSessionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** An account's open sessions end when it is deactivated, its roles change or its password is reset. */
class SessionRevocationTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-11-30T01:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(new RateLimits(new RateLimits.Settings(null), clock), clock);
    private final SignedInSessions sessions = new SignedInSessions();
    private final SessionRevocation revocation = new SessionRevocation(sessions, throttle);

    private MockHttpSession open(String username) {
        MockHttpSession session = new MockHttpSession();
        if (username != null) {
            session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
                    UsernamePasswordAuthenticationToken.authenticated(username, null, List.of())));
        }
        sessions.sessionCreated(new HttpSessionEvent(session));
        return session;
    }

    @Test
    void changingTheRolesEndsEverySessionOfThatAccountOnly() {
        MockHttpSession desk = open("ani@puskesmas.id");
        MockHttpSession phone = open("ani@puskesmas.id");
        MockHttpSession colleague = open("budi@puskesmas.id");
        MockHttpSession kiosk = open(null);

        revocation.on(new UserRolesAssignedEvent("ani@puskesmas.id", Set.of(Role.ADMIN)));

        assertThat(desk.isInvalid()).isTrue();
        assertThat(phone.isInvalid()).isTrue();
        assertThat(colleague.isInvalid()).isFalse();
        assertThat(kiosk.isInvalid()).isFalse();
    }

    @Test
    void aPasswordResetEndsTheSessionsAndTheSignInWaits() {
        MockHttpSession desk = open("ani@puskesmas.id");
        for (int failure = 0; failure < 6; failure++) {
            throttle.failed("ani@puskesmas.id", "203.0.113.9");
        }

        revocation.on(new UserPasswordResetEvent("ani@puskesmas.id"));

        assertThat(desk.isInvalid()).isTrue();
        assertThat(throttle.admit("ani@puskesmas.id", "203.0.113.9")).isEmpty();
    }

    @Test
    void deactivatingEndsTheSessionEvenAfterItsIdChanged() {
        MockHttpSession session = open("ani@puskesmas.id");
        String before = session.getId();
        session.changeSessionId();
        sessions.sessionIdChanged(new HttpSessionEvent(session), before);

        revocation.on(new UserDeactivatedEvent("ani@puskesmas.id"));

        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aSessionThatEndedOnItsOwnIsForgotten() {
        MockHttpSession ended = open("ani@puskesmas.id");
        ended.invalidate();

        assertThat(sessions.endSessionsOf("ani@puskesmas.id")).isZero();
    }
}
