package id.giliran.identity.security;

/**
 * The Content-Security-Policy of every page: the tightest the Vaadin application works with (checked in
 * Chromium over the sign-in page, staff pages, the kiosk and the display by SecurityHeadersBrowserIT).
 * Why each source is there:
 * <ul>
 *   <li>{@code default-src 'self'}: nothing from another origin (no CDN, no fonts or scripts from outside).</li>
 *   <li>{@code script-src 'self' 'unsafe-eval'}: Vaadin's client runs the server's {@code executeJs} and
 *       property bindings through {@code new Function(...)}, which needs 'unsafe-eval'. No 'unsafe-inline':
 *       the bootstrap page Vaadin writes has six inline scripts (its settings, the theme, the initial state);
 *       {@link ScriptNonces} gives each of them a fresh random nonce per page and sends this policy with
 *       {@code 'nonce-…'} added, so only those scripts run (an injected inline script or event handler does
 *       not). Every other response (the UIDL and push answers, files) carries the policy without a nonce.
 *       One inline script is written after every listener could add a nonce: Hilla's route listener (part of
 *       Vaadin's Spring Boot starter) appends {@code window.Vaadin = window.Vaadin ?? {};
 *       window.Vaadin.views = {};} (no client-side views here); {@link #HILLA_VIEWS} is its SHA-256, allowed by
 *       hash. Should that script ever change, SecurityHeadersBrowserIT reports the refused script.</li>
 *   <li>{@code style-src 'self' 'unsafe-inline'}: the bootstrap page has an inline {@code <style>} and Vaadin
 *       injects the theme and component styles as {@code <style>} elements at run time.</li>
 *   <li>{@code img-src 'self' data: blob:}: Lumo's icons and images are data: URLs; previews of files
 *       being uploaded are blob: URLs.</li>
 *   <li>{@code font-src 'self' data:}: Lumo's icon font is embedded as data:.</li>
 *   <li>{@code connect-src 'self'}: the XHR and the push WebSocket go to the same origin (CSP3 lets 'self'
 *       cover ws:/wss: on the same host).</li>
 *   <li>{@code media-src 'self' blob: data:}, {@code worker-src 'self' blob:}: the display's speech and
 *       Vaadin's service worker, if any, from the same origin only.</li>
 *   <li>{@code object-src 'none'}, {@code base-uri 'self'}, {@code form-action 'self'}: no plugins, no
 *       {@code <base>} pointing elsewhere, the sign-in form posts only here.</li>
 *   <li>{@code frame-ancestors 'none'}: no page is meant to be framed (as X-Frame-Options: DENY).</li>
 * </ul>
 */
final class ContentSecurityPolicy {

    /** SHA-256 of the one inline script Hilla's route listener writes into every bootstrap page (see above). */
    static final String HILLA_VIEWS = "'sha256-42l3QX/grwVfMPqfeV2KpGFj3WKVY5nMfWpTY5CMQmE='";

    static final String DIRECTIVES = String.join("; ",
            "default-src 'self'",
            "script-src 'self' " + HILLA_VIEWS + " 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "media-src 'self' blob: data:",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** The policy for a bootstrap page whose inline scripts carry {@code nonce}. */
    static String withNonce(String nonce) {
        return DIRECTIVES.replace("script-src 'self'", "script-src 'self' 'nonce-" + nonce + "'");
    }

    private ContentSecurityPolicy() {
    }
}
