package id.giliran.identity.security;

/**
 * The Content-Security-Policy of every page: the tightest the Vaadin application works with (checked in
 * Chromium over the sign-in page, staff pages, the kiosk and the display by SecurityHeadersBrowserIT).
 * Why each source is there:
 * <ul>
 *   <li>{@code default-src 'self'}: nothing from another origin (no CDN, no fonts or scripts from outside).</li>
 *   <li>{@code script-src 'self' 'unsafe-eval'}: Vaadin's client runs the server's {@code executeJs} and
 *       property bindings through {@code new Function(...)}, which needs 'unsafe-eval'; no inline scripts
 *       (the bootstrap page loads its scripts from /VAADIN/build).</li>
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

    static final String DIRECTIVES = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-eval'",
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

    private ContentSecurityPolicy() {
    }
}
