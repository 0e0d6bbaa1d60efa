package id.giliran.identity.security;

import id.giliran.AsTheApplication;
import id.giliran.GiliranSpringTest;
import id.giliran.api.identity.AssignUserRolesCommand;
import id.giliran.api.identity.RecordPasswordResetCommand;
import id.giliran.api.identity.RegisterUserCommand;
import id.giliran.api.identity.Role;
import jakarta.servlet.http.HttpSessionEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Through the whole application: new roles and a password reset reach this instance's own session-revocation
 * processor and end the account's open sessions (deactivation in a browser: SecurityHeadersBrowserIT).
 */
@GiliranSpringTest
@ExtendWith(AsTheApplication.class)
class SessionRevocationIT {

    @Autowired
    CommandGateway commands;
    @Autowired
    SignedInSessions sessions;

    private MockHttpSession signedIn(String username) {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(username, null, List.of())));
        sessions.sessionCreated(new HttpSessionEvent(session));
        return session;
    }

    private String newOfficer() {
        String username = "petugas-" + UUID.randomUUID().toString().substring(0, 8) + "@giliran.id";
        commands.sendAndWait(new RegisterUserCommand(username, "Petugas Uji", Set.of(Role.PETUGAS_LOKET)));
        return username;
    }

    @Test
    void newRolesEndTheAccountsSessions() {
        String username = newOfficer();
        MockHttpSession session = signedIn(username);
        MockHttpSession other = signedIn("loket@giliran.id");

        commands.sendAndWait(new AssignUserRolesCommand(username, Set.of(Role.ADMIN)));

        await().atMost(Duration.ofSeconds(20)).until(session::isInvalid);
        assertThat(other.isInvalid()).isFalse();
        sessions.sessionDestroyed(new HttpSessionEvent(other));
    }

    @Test
    void aPasswordResetEndsTheAccountsSessions() {
        String username = newOfficer();
        MockHttpSession session = signedIn(username);

        commands.sendAndWait(new RecordPasswordResetCommand(username));

        await().atMost(Duration.ofSeconds(20)).until(session::isInvalid);
    }
}
