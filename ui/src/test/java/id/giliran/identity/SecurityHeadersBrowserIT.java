package id.giliran.identity;

import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import id.giliran.BrowserSession;
import id.giliran.BrowserTest;
import id.giliran.api.identity.DeactivateUserCommand;
import id.giliran.api.identity.RegisterUserCommand;
import id.giliran.api.identity.Role;
import id.giliran.identity.security.CredentialStore;
import id.giliran.identity.security.SignedInSessions;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * In a real Chromium: the security headers on the sign-in page, a staff page, the kiosk and the display;
 * the Content-Security-Policy breaks nothing there (no violation reported, no error in the console); signing
 * in logs no redirect loop; an officer whose account is deactivated is on the sign-in page at their next action.
 */
class SecurityHeadersBrowserIT extends BrowserTest {

    @Autowired
    CommandGateway commands;
    @Autowired
    CredentialStore credentials;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    SignedInSessions sessions;

    /** Console errors and Content-Security-Policy violations the page reports. */
    private static List<String> watch(Page page, List<String> problems) {
        page.addInitScript("document.addEventListener('securitypolicyviolation', e => console.error("
                + "'CSP violation: ' + e.violatedDirective + ' blocked ' + e.blockedURI))");
        page.onConsoleMessage((ConsoleMessage message) -> {
            if ("error".equals(message.type()) || message.text().contains("Content Security Policy")) {
                problems.add(message.text() + " @ " + message.location());
            }
        });
        page.onPageError(error -> problems.add("page error: " + error));
        page.onResponse(response -> {
            if (response.status() >= 400) {
                problems.add(response.status() + " " + response.url());
            }
        });
        return problems;
    }

    private static List<String> watch(Page page) {
        return watch(page, new CopyOnWriteArrayList<>());
    }

    private static void assertSecurityHeaders(Response response) {
        String policy = response.headerValue("content-security-policy");
        assertThat(policy).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                          .doesNotContain("script-src 'self' 'unsafe-inline'");
        assertThat(response.headerValue("x-content-type-options")).isEqualTo("nosniff");
        assertThat(response.headerValue("referrer-policy")).isEqualTo("same-origin");
        assertThat(response.headerValue("x-frame-options")).isEqualTo("DENY");
        // plain http here: HSTS only over https
        assertThat(response.headerValue("strict-transport-security")).isNull();
    }

    @Test
    void theSignInPageAStaffPageTheKioskAndTheDisplaySendTheHeadersAndBreakNoPolicy() {
        Page page = browser.newPage();
        List<String> problems = watch(page);

        Response login = page.navigate(browser.url("login"));
        assertSecurityHeaders(login);
        BrowserSession.signIn(page, "loket@giliran.id", "Loket#2026");
        assertThat(page.locator("#signed-in-user")).hasText("loket@giliran.id");

        Response loket = page.navigate(browser.url("loket"));
        assertSecurityHeaders(loket);
        assertThat(page.locator("#loket-call-next")).isVisible();
        page.navigate(browser.url("dasbor"));
        assertThat(page.locator("#signed-in-user")).isVisible();
        page.navigate(browser.url("login"));
        // a signed-in person goes on from the sign-in page
        assertThat(page.locator("#signed-in-user")).isVisible();

        Page kiosk = browser.newPage();
        watch(kiosk, problems);
        assertSecurityHeaders(kiosk.navigate(browser.url("kiosk")));
        assertThat(kiosk.locator("vaadin-button").first()).isVisible();
        Page display = browser.newPage();
        watch(display, problems);
        assertSecurityHeaders(display.navigate(browser.url("display")));
        display.waitForLoadState();
        assertThat(display.locator("body")).not().isEmpty();
        // give late styles, images and the push connection their chance to be refused
        page.waitForTimeout(1_000);

        problems.forEach(problem -> System.out.println("PROBLEM " + problem));
        assertThat(problems).as("console errors, CSP violations and failed requests").isEmpty();
    }

    @Test
    void aDeactivatedOfficerIsOnTheSignInPageAtTheirNextAction() {
        String username = "petugas-" + UUID.randomUUID().toString().substring(0, 8) + "@giliran.id";
        commands.sendAndWait(new RegisterUserCommand(username, "Petugas Uji", Set.of(Role.PETUGAS_LOKET)));
        credentials.create(username, passwordEncoder.encode("Rahasia-Kuat-2026"));
        Page page = browser.newPage();
        page.navigate(browser.url("loket"));
        BrowserSession.signIn(page, username, "Rahasia-Kuat-2026");
        assertThat(page.locator("#loket-call-next")).isVisible();

        commands.sendAndWait(new DeactivateUserCommand(username));
        await().atMost(Duration.ofSeconds(20)).until(() -> sessions.openSessionsOf(username) == 0);
        page.locator("#main-navigation").getByText("Dasbor").first().click();

        assertThat(page.locator("vaadin-login-form")).isVisible();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login.*"));
        BrowserSession.signIn(page, username, "Rahasia-Kuat-2026");
        assertThat(page).hasURL(browser.url("login?error"));
        assertThat(page.locator("vaadin-login-form")).containsText("Tidak dapat masuk");
    }
}
