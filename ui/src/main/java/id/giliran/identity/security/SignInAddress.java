package id.giliran.identity.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The browser address a sign-in attempt came from. */
public final class SignInAddress {

    private SignInAddress() {
    }

    public static String of(Authentication authentication) {
        if (authentication != null && authentication.getDetails() instanceof WebAuthenticationDetails details) {
            return details.getRemoteAddress();
        }
        String current = Callers.clientAddress();
        return current == null ? "unknown" : current;
    }
}
