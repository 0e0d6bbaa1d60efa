package id.giliran.identity.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Lets the inline scripts of Vaadin's bootstrap page run under a Content-Security-Policy without
 * 'unsafe-inline': every bootstrap page gets a fresh random nonce on each of its inline scripts and the
 * policy with that nonce (Spring Security's header writer leaves a policy already set alone).
 */
@Component
class ScriptNonces implements VaadinServiceInitListener {

    private static final String POLICY_HEADER = "Content-Security-Policy";

    private final SecureRandom random = new SecureRandom();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            byte[] bytes = new byte[18];
            random.nextBytes(bytes);
            String nonce = Base64.getEncoder().encodeToString(bytes);
            page.getDocument().select("script:not([src])").attr("nonce", nonce);
            page.getVaadinResponse().setHeader(POLICY_HEADER, ContentSecurityPolicy.withNonce(nonce));
        });
    }
}
