package id.giliran.identity.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open HTTP sessions of this instance (Spring Boot registers this listener with the servlet container),
 * so that an account's sessions can be ended when it is deactivated, its roles change or its password is
 * reset. Who a session belongs to is read from the Spring Security context stored in it. Ending the HTTP
 * session ends the Vaadin session inside it: at the person's next action the browser reloads and lands on
 * the sign-in page.
 */
@Component
public class SignedInSessions implements HttpSessionListener, HttpSessionIdListener {

    private final Map<String, HttpSession> open = new ConcurrentHashMap<>();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        open.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        open.remove(oldSessionId);
        open.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        open.remove(event.getSession().getId());
    }

    /** Ends every open session of {@code username} on this instance; answers how many. */
    public int endSessionsOf(String username) {
        int ended = 0;
        for (HttpSession session : open.values()) {
            try {
                if (username.equals(signedIn(session))) {
                    open.remove(session.getId());
                    session.invalidate();
                    ended++;
                }
            } catch (IllegalStateException alreadyEnded) {
                open.remove(session.getId(), session);
            }
        }
        return ended;
    }

    /** How many open sessions {@code username} has on this instance. */
    public long openSessionsOf(String username) {
        return open.values().stream().filter(session -> {
            try {
                return username.equals(signedIn(session));
            } catch (IllegalStateException ended) {
                return false;
            }
        }).count();
    }

    private static String signedIn(HttpSession session) {
        Object stored = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        if (stored instanceof SecurityContext context) {
            Authentication authentication = context.getAuthentication();
            return authentication == null ? null : authentication.getName();
        }
        return null;
    }
}
