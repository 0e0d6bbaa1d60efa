package id.giliran.ui;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import id.giliran.GiliranSpringTest;
import id.giliran.api.identity.Role;
import id.giliran.masterdata.ui.MasterDataService;
import id.giliran.queue.ui.CallingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Browserless view tests: the real views, services and application, a mocked Vaadin servlet.
 * {@link #signIn} makes the mock request and Spring Security agree on who is signed in, the way
 * a real sign-in does.
 */
@GiliranSpringTest
public abstract class KaribuTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("id.giliran");

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected CallingService calling;
    @Autowired
    protected MasterDataService masterData;

    @BeforeEach
    void setUpVaadin() {
        SecurityContextHolder.clearContext();
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Signs in as {@code username} with {@code roles}, for views and for the messages they send. */
    protected static void signIn(String username, Role... roles) {
        List<SimpleGrantedAuthority> authorities = Arrays.stream(roles)
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(username, null, authorities);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        Set<String> names = Arrays.stream(roles).map(Role::name).collect(Collectors.toSet());
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> names.contains(role));
    }

    protected static void signOut() {
        SecurityContextHolder.clearContext();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(null);
        request.setUserInRole((principal, role) -> false);
    }

    /** Calls every ticket still waiting today, so a test starts from an empty queue. */
    protected void callEveryWaitingTicket() {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        signIn("loket@giliran.id", Role.PETUGAS_LOKET);
        try {
            var counter = masterData.counters().get(0);
            while (calling.callNext(counter).isPresent()) {
                // keep calling
            }
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
