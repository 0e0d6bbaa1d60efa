package id.giliran.identity.security;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import id.giliran.api.identity.Caller;
import id.giliran.api.identity.Role;
import id.giliran.api.identity.SystemWork;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Who is acting on this thread: the system inside {@link #asSystem} (the application's own background work,
 * said explicitly), else the signed-in user of the current request, "anonymous" for a request without sign-in
 * (kiosk, display, self-registration), and {@link Caller#nobody() no one} where there is neither: what no one
 * sends is not signed, and every handler refuses it.
 */
public final class Callers {

    private Callers() {
    }

    public static Caller current() {
        if (SystemWork.isRunning()) {
            return Caller.system();
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String address = clientAddress();
        if (authentication == null) {
            return address == null ? Caller.nobody() : new Caller(Caller.ANONYMOUS, Set.of(), address);
        }
        if (authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()) {
            return new Caller(Caller.ANONYMOUS, Set.of(), address == null ? "unknown" : address);
        }
        return new Caller(authentication.getName(), roles(authentication), address == null ? "local" : address);
    }

    /** Runs {@code work} as the application itself: what it sends on this thread is signed as the system. */
    public static void asSystem(Runnable work) {
        SystemWork.run(work);
    }

    /** {@link #asSystem(Runnable)} with an answer. */
    public static <T> T asSystem(Supplier<T> work) {
        return SystemWork.get(work);
    }

    private static Set<Role> roles(Authentication authentication) {
        return authentication.getAuthorities().stream()
                             .map(GrantedAuthority::getAuthority)
                             .filter(authority -> authority.startsWith("ROLE_"))
                             .map(authority -> authority.substring("ROLE_".length()))
                             .filter(name -> Arrays.stream(Role.values()).anyMatch(role -> role.name().equals(name)))
                             .map(Role::valueOf)
                             .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Runs {@code work} as {@code authentication}, e.g. a view updating itself inside
     * {@code ui.access} on a background thread, and leaves the thread as it found it. Inside
     * {@link #asSystem} too, the work is the user's, not the system's.
     *
     * <p>Vaadin's strategy answers {@code getContext()} from the current Vaadin session first, so
     * inside {@code ui.access} the "previous" context is usually the viewer's own, read from the
     * session rather than from the thread. Putting that back would leave the viewer signed in on a
     * pooled thread whose later work (a scheduler, a subscription update) would then act as them, so
     * such a context is cleared instead; one the thread really held is put back.
     */
    public static void runAs(Authentication authentication, Runnable work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        boolean previousIsTheThreads = previous.getAuthentication() != null && previous != sessionContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            SystemWork.outside(work);
        } finally {
            if (previousIsTheThreads) {
                SecurityContextHolder.setContext(previous);
            } else {
                SecurityContextHolder.clearContext();
            }
        }
    }

    private static Object sessionContext() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return null;
        }
        return session.getSession().getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
    }

    /** The address of the browser behind the current request, if any. */
    static String clientAddress() {
        VaadinRequest vaadinRequest = VaadinRequest.getCurrent();
        if (vaadinRequest != null) {
            return vaadinRequest.getRemoteAddr();
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
            return servlet.getRequest().getRemoteAddr();
        }
        return null;
    }
}
