package id.giliran.queue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import id.giliran.BrowserSession;
import id.giliran.BrowserTest;
import id.giliran.masterdata.ui.MasterDataService;
import id.giliran.queue.ui.CallingService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Online booking in a real headless Chromium: a patient registers and books on a phone-sized
 * screen, confirms arrival at the kiosk with the booking code, follows the number on the phone and
 * is called at the counter.
 */
class BookingJourneyBrowserIT extends BrowserTest {

    @Autowired
    CallingService calling;
    @Autowired
    MasterDataService masterData;

    @BeforeEach
    void emptyQueue() {
        await().atMost(Duration.ofSeconds(30)).until(() -> masterData.counters().size() == 2);
        while (calling.callNext(masterData.counters().get(1)).isPresent()) {
            // the booked ticket must be the next one called
        }
    }

    private static final LocatorAssertions.HasTextOptions POLLED =
            new LocatorAssertions.HasTextOptions().setTimeout(10_000);

    @Test
    void aPatientBooksOnThePhoneArrivesAtTheKioskAndIsCalled() {
        String phone = "0813" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        Page mobile = browser.newPage(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true));

        // registers and signs in
        mobile.navigate(browser.url("daftar"));
        mobile.locator("#register-name input").fill("Sri Wahyuni");
        mobile.locator("#register-username input").fill(phone);
        mobile.locator("#register-password input").fill("Sehat#2026");
        mobile.locator("#register-password-again input").fill("Sehat#2026");
        mobile.locator("#register-role vaadin-radio-button", new Page.LocatorOptions().setHasText("Pasien")).click();
        mobile.locator("#register-submit").click();
        BrowserSession.signIn(mobile, phone, "Sehat#2026");

        // books today's Poli Umum; the WhatsApp number defaults to the phone she signed up with
        mobile.navigate(browser.url("antrean-online"));
        assertThat(mobile.locator("#booking-phone input")).hasValue("+62" + phone.substring(1));
        mobile.locator("#booking-clinic vaadin-radio-button", new Page.LocatorOptions().setHasText("Poli Umum")).click();
        mobile.locator("#booking-payment vaadin-radio-button",
                new Page.LocatorOptions().setHasText("BPJS Kesehatan")).click();
        mobile.locator("#booking-submit").click();
        assertThat(mobile).hasURL(browser.url("antrean-saya"));
        assertThat(mobile.locator(".giliran-my-ticket")).containsText("Menunggu kedatangan");
        assertThat(mobile.locator(".giliran-qr")).isVisible();
        String number = mobile.locator(".giliran-my-ticket .giliran-ticket-number").textContent();
        String code = mobile.locator(".giliran-booking-code").textContent().replace("Kode booking: ", "");
        BrowserSession.screenshot(mobile, "booking-mine");

        // at the kiosk: the code typed (a scanner types it the same way) and Enter
        Page kiosk = browser.newPage();
        kiosk.navigate(browser.url("kiosk"));
        kiosk.locator("#kiosk-arrival").click();
        kiosk.locator("#kiosk-booking-code input").fill(code.toLowerCase());
        kiosk.locator("#kiosk-booking-code input").press("Enter");
        assertThat(kiosk.locator("#kiosk-booking")).containsText(number);
        kiosk.locator("#kiosk-arrival-confirm").click();
        assertThat(kiosk.locator("#kiosk-ticket-number")).hasText(number);
        BrowserSession.screenshot(kiosk, "booking-arrived");

        // the phone follows by itself
        assertThat(mobile.locator(".giliran-my-ticket")).containsText("Menunggu dipanggil",
                new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
        assertThat(mobile.locator(".giliran-near")).containsText("Giliran Anda hampir tiba");

        Page loket = browser.newPage();
        loket.navigate(browser.url("loket"));
        BrowserSession.signIn(loket, "loket@giliran.id", "Loket#2026");
        loket.locator("vaadin-radio-button", new Page.LocatorOptions().setHasText("Loket 1")).click();
        loket.locator("#loket-call-next").click();
        assertThat(loket.locator("#loket-current")).hasText(Pattern.compile("Memanggil " + number + " .* ke Loket 1"));

        assertThat(mobile.locator(".giliran-my-ticket .giliran-near")).hasText(
                "Nomor Anda dipanggil. Silakan menuju loket 1.", POLLED);
        BrowserSession.screenshot(mobile, "booking-called");
    }
}
