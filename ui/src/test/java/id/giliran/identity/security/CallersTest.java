package id.giliran.identity.security;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** {@link Callers#runAs}: the work runs as the given user, and the thread keeps no one's sign-in after it. */
class CallersTest {

    private SecurityContextHolderStrategy before;

    @BeforeEach
    void vaadinStrategy() {
        before = SecurityContextHolder.getContextHolderStrategy();
        SecurityContextHolder.setContextHolderStrategy(new VaadinAwareSecurityContextHolderStrategy());
    }

    @AfterEach
    void restore() {
        VaadinSession.setCurrent(null);
        SecurityContextHolder.clearContext();
        SecurityContextHolder.setContextHolderStrategy(before);
    }

    @Test
    void insideUiAccessOnAPooledThreadTheViewerIsNotLeftSignedInAfterwards() {
        Authentication viewer = user("kepala@giliran.id", "ADMIN");
        openVaadinSessionOf(viewer);
        AtomicReference<String> during = new AtomicReference<>();

        Callers.runAs(viewer, () -> during.set(Callers.current().username()));
        VaadinSession.setCurrent(null); // ui.access is over; the pooled thread goes on with other work

        assertThat(during).hasValue("kepala@giliran.id");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        assertThat(Callers.current().isNobody()).isTrue();
    }

    @Test
    void aSignInTheThreadHeldItselfIsPutBack() {
        Authentication own = user("loket@giliran.id", "PETUGAS_LOKET");
        SecurityContextHolder.getContext().setAuthentication(own);

        Callers.runAs(user("kepala@giliran.id", "ADMIN"), () -> { });

        assertThat(SecurityContextHolder.getContext().getAuthentication()).isSameAs(own);
    }

    private static void openVaadinSessionOf(Authentication viewer) {
        SecurityContext stored = new SecurityContextImpl(viewer);
        WrappedSession http = mock(WrappedSession.class);
        when(http.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).thenReturn(stored);
        VaadinSession session = mock(VaadinSession.class);
        when(session.getSession()).thenReturn(http);
        VaadinSession.setCurrent(session);
    }

    private static Authentication user(String name, String role) {
        return UsernamePasswordAuthenticationToken.authenticated(name, null,
                AuthorityUtils.createAuthorityList("ROLE_" + role));
    }
}
