package id.giliran.device;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import id.giliran.BrowserSession;
import id.giliran.BrowserTest;
import id.giliran.api.device.DeviceKind;
import id.giliran.device.ui.DeviceGate;
import id.giliran.device.ui.DeviceService;
import id.giliran.device.ui.DeviceSettings;
import id.giliran.identity.security.Callers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real Chromium: the enrolment page's tap sets the device cookie (HttpOnly, on Vaadin's request), the browser
 * sends it back, and while devices are required the enrolled kiosk opens and another browser is refused.
 */
class DeviceEnrolmentBrowserIT extends BrowserTest {

    @Autowired
    DeviceService devices;
    @Autowired
    DeviceSettings settings;

    @Test
    void anEnrolledKioskOpensWhileDevicesAreRequiredAndAnotherBrowserIsRefused() {
        AtomicReference<String> code = new AtomicReference<>();
        Callers.runAs(UsernamePasswordAuthenticationToken.authenticated("admin@giliran.id", null,
                        List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))),
                () -> code.set(devices.register("Kios lobi (browser)", DeviceKind.KIOSK)));
        settings.setRequired(true);
        try {
            Page kiosk = browser.newPage();
            kiosk.navigate(browser.url("perangkat/daftar?kode=" + code.get()));
            kiosk.locator("#device-enrol").click();
            assertThat(kiosk.locator("#device-enrol-done")).containsText("Kios lobi (browser)");
            Cookie cookie = kiosk.context().cookies().stream()
                                 .filter(candidate -> candidate.name.equals(DeviceGate.COOKIE)).findFirst().orElseThrow();
            assertThat(cookie.httpOnly).isTrue();

            kiosk.locator("#device-enrol-open").click();
            assertThat(kiosk.locator("#kiosk-general")).isVisible();

            try (BrowserContext stranger = kiosk.context().browser().newContext()) {
                Page other = stranger.newPage();
                other.navigate(browser.url("kiosk"));
                assertThat(other.locator("#device-refused-why")).hasText(
                        "Browser ini belum terdaftar sebagai kios atau layar antrean Puskesmas ini.");
                BrowserSession.screenshot(other, "device-refused");
            }
        } finally {
            settings.setRequired(false);
        }
    }
}
