package id.giliran.identity;

import com.microsoft.playwright.Page;
import id.giliran.BrowserSession;
import id.giliran.api.audit.AuditEntryView;
import id.giliran.api.audit.FindAuditEntriesQuery;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Autowired;
import java.time.Duration;
import java.util.List;
import id.giliran.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Signing in, being refused a view, signing out and a refused sign-in, in a real headless Chromium. */
class SignInBrowserIT extends BrowserTest {

    @Autowired
    QueryGateway queries;

    @Test
    void anOfficerSignsInIsRefusedTheAdminViewsAndSignsOut() {
        Page page = browser.newPage();
        page.navigate(browser.url(""));
        assertThat(page).hasURL(browser.url("login"));
        BrowserSession.signIn(page, "loket@giliran.id", "Loket#2026");

        assertThat(page.locator("#signed-in-user")).hasText("loket@giliran.id");
        assertThat(page.locator("#main-navigation")).containsText("Loket");
        assertThat(page.locator("#main-navigation")).not().containsText("Pengguna");
        assertThat(page.locator("#main-navigation")).not().containsText("Jejak audit");

        page.navigate(browser.url("admin/pengguna"));
        assertThat(page.locator("#error-page")).containsText("Halaman tidak tersedia");
        assertThat(page.locator("#users-grid")).hasCount(0);
        page.navigate(browser.url("audit"));
        assertThat(page.locator("#error-page")).containsText("akun Anda tidak berhak membukanya");
        assertThat(page.locator("#audit-entries")).hasCount(0);
        BrowserSession.screenshot(page, "denied-audit");

        page.navigate(browser.url("loket"));
        assertThat(page.locator("#loket-call-next")).isVisible();
        page.locator("#logout").click();
        assertThat(page.locator("vaadin-login-form")).isVisible();
        page.navigate(browser.url("loket"));
        assertThat(page).hasURL(browser.url("login"));
        assertThat(page.locator("vaadin-login-form")).isVisible();

        // the sign-in and the sign-out are in the audit trail, with the browser's address
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            List<AuditEntryView> entries = queries.query(new FindAuditEntriesQuery("loket@giliran.id", null, null, null,
                    null, 50), ResponseTypes.multipleInstancesOf(AuditEntryView.class)).join();
            org.assertj.core.api.Assertions.assertThat(entries).extracting(AuditEntryView::action)
                                             .contains("LOGIN", "LOGOUT");
            org.assertj.core.api.Assertions.assertThat(entries).allSatisfy(entry ->
                    org.assertj.core.api.Assertions.assertThat(entry.clientAddress()).isNotBlank());
        });
    }

    @Test
    void aWrongPasswordAndAnUnknownAccountGetTheSameMessageAndTheRightPasswordStillSignsIn() {
        Page page = browser.newPage();
        page.navigate(browser.url("login"));
        BrowserSession.signIn(page, "pasien@giliran.id", "Salah#1");
        assertThat(page).hasURL(browser.url("login?error"));
        String wrongPassword = page.locator("vaadin-login-form").innerText();
        assertThat(page.locator("vaadin-login-form")).containsText("Tidak dapat masuk");

        BrowserSession.signIn(page, "belum-ada@giliran.id", "Salah#1");
        assertThat(page).hasURL(browser.url("login?error"));
        assertThat(page.locator("vaadin-login-form")).containsText("Tidak dapat masuk");
        org.assertj.core.api.Assertions.assertThat(page.locator("vaadin-login-form").innerText())
                                         .isEqualTo(wrongPassword);
        BrowserSession.screenshot(page, "sign-in-refused");

        // two failures are below the first wait: no lock, the right password signs in
        BrowserSession.signIn(page, "pasien@giliran.id", "Pasien#2026");
        assertThat(page.locator("#signed-in-user")).hasText("pasien@giliran.id");
    }

    @Test
    void anAuditorSeesWhoSignedIn() {
        Page page = browser.newPage();
        page.navigate(browser.url("audit"));
        BrowserSession.signIn(page, "auditor@giliran.id", "Auditor#2026");

        assertThat(page.locator("#audit-entries")).isVisible();
        page.locator("#audit-action input").fill("LOGIN");
        // the audit trail is a projection: on a busy machine the sign-in may reach it a moment later
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> {
            page.locator("#audit-search").click();
            assertThat(page.locator("#audit-entries")).containsText("auditor@giliran.id",
                    new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(2000));
        });
        BrowserSession.screenshot(page, "audit");
    }
}
