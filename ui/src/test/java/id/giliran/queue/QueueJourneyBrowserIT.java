package id.giliran.queue;

import com.microsoft.playwright.Locator;
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

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The queue's main journey in a real headless Chromium (Debian's chromium, never a downloaded
 * browser): a patient takes a ticket at the kiosk, the officer calls it at the counter, and the
 * waiting-room display shows it at that counter.
 */
class QueueJourneyBrowserIT extends BrowserTest {

    @Autowired
    CallingService calling;
    @Autowired
    MasterDataService masterData;

    @BeforeEach
    void emptyQueue() {
        await().atMost(Duration.ofSeconds(30)).until(() -> masterData.counters().size() == 2);
        while (calling.callNext(masterData.counters().get(1)).isPresent()) {
            // the journey's ticket must be the next one called
        }
    }

    /** The ticket prints as one 80 mm wide page with the number, clinic and payment on it. */
    private static void assertPrintsOnAnEightyMillimetreReceipt(Page kiosk, String ticket) {
        kiosk.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
        byte[] pdf = kiosk.pdf(new Page.PdfOptions().setPreferCSSPageSize(true).setPrintBackground(false));
        kiosk.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.SCREEN));
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            float widthInMillimetres = document.getPage(0).getMediaBox().getWidth() / 72f * 25.4f;
            assertThat(widthInMillimetres).isBetween(79f, 81f);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains(ticket, "Poli Umum", "BPJS Kesehatan", "antrean sebelum Anda");
            assertThat(text).doesNotContain("Selesai", "Cetak tiket");
            java.nio.file.Files.write(BrowserSession.SCREENSHOTS.resolve("ticket.pdf"), pdf);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String url(String path) {
        return browser.url(path);
    }

    @Test
    void aTicketTakenAtTheKioskIsCalledAtTheCounterAndShownOnTheDisplay() {
        Page display = browser.newPage();
        display.navigate(url("display"));
        // other journeys of this application may have called at Loket 1 already: the call below must replace it
        assertThat(display.locator("#display-counter-1")).isVisible();

        Page kiosk = browser.newPage();
        kiosk.navigate(url("kiosk"));
        assertThat(kiosk.locator("html")).hasAttribute("lang", "id");
        kiosk.locator("#kiosk-general").click();
        kiosk.locator("#kiosk-payment-bpjs").click();
        kiosk.locator("#kiosk-clinic-umum").click();
        Locator number = kiosk.locator("#kiosk-ticket-number");
        assertThat(number).hasText(java.util.regex.Pattern.compile("A-\\d{3}"));
        String ticket = number.textContent();
        assertThat(kiosk.locator("#kiosk-ticket")).containsText("Poli Umum");
        assertThat(kiosk.locator("#kiosk-ticket")).containsText("BPJS Kesehatan");
        BrowserSession.screenshot(kiosk, "kiosk-ticket");
        assertPrintsOnAnEightyMillimetreReceipt(kiosk, ticket);

        // the display polls: the new ticket appears as the next general number
        assertThat(display.locator("#display-next-general")).hasText(ticket,
                new LocatorAssertions.HasTextOptions().setTimeout(5000));

        // the counter asks its officer to sign in first
        Page loket = browser.newPage();
        loket.navigate(url("loket"));
        BrowserSession.signIn(loket, "loket@giliran.id", "Loket#2026");
        assertThat(loket.locator("#loket-call-next")).isVisible();
        loket.locator("vaadin-radio-button", new Page.LocatorOptions().setHasText("Loket 1")).click();
        loket.locator("#loket-call-next").click();
        assertThat(loket.locator("#loket-current")).hasText("Memanggil " + ticket + " (Poli Umum) ke Loket 1");
        BrowserSession.screenshot(loket, "loket-called");

        // within the display's polling interval the call is on the TV
        assertThat(display.locator("#display-counter-1")).hasText(ticket,
                new LocatorAssertions.HasTextOptions().setTimeout(5000));
        assertThat(display.locator("#display-latest-number")).hasText(ticket);
        assertThat(display.locator("#display-latest-counter")).hasText("silakan menuju Loket 1");
        BrowserSession.screenshot(display, "display-called");

        // the counter's waiting list follows the kiosk live, pushed by the server
        kiosk.locator("#kiosk-done").click();
        kiosk.locator("#kiosk-general").click();
        kiosk.locator("#kiosk-payment-umum").click();
        kiosk.locator("#kiosk-clinic-gigi").click();
        String next = kiosk.locator("#kiosk-ticket-number").textContent();
        assertThat(loket.locator("#loket-waiting")).containsText(next,
                new LocatorAssertions.ContainsTextOptions().setTimeout(5000));
        BrowserSession.screenshot(loket, "loket-live");
    }
}
