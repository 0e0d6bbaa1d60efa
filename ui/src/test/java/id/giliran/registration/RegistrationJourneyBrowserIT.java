package id.giliran.registration;

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
 * Front-desk registration in a real headless Chromium, from a kiosk ticket to "directed to
 * clinic": first a new patient (with the visit card at card size and "Cek BPJS" against the
 * sandbox inside the app), then the same person returning
 * with a new ticket, found by name.
 */
class RegistrationJourneyBrowserIT extends BrowserTest {

    @Autowired
    CallingService calling;
    @Autowired
    MasterDataService masterData;

    @BeforeEach
    void emptyQueue() {
        await().atMost(Duration.ofSeconds(30)).until(() -> masterData.counters().size() == 2
                && masterData.doctors().size() >= 6);
        while (calling.callNext(masterData.counters().get(1)).isPresent()) {
            // the journey's ticket must be the next one called
        }
    }

    /** A UGD ticket from the kiosk (the UGD doctor is on duty every day). */
    private String takeTicket(Page kiosk) {
        kiosk.navigate(browser.url("kiosk"));
        kiosk.locator("#kiosk-general").click();
        kiosk.locator("#kiosk-payment-umum").click();
        kiosk.locator("#kiosk-clinic-ugd").click();
        return kiosk.locator("#kiosk-ticket-number").textContent();
    }

    private static void callAndServe(Page loket, String ticket) {
        loket.locator("#loket-call-next").click();
        assertThat(loket.locator("#loket-current")).containsText(ticket);
        loket.locator("#loket-serve").click();
        assertThat(loket.locator("#registration-panel")).isVisible();
    }

    private static void informAndHandOff(Page loket) {
        for (String item : new String[]{"hak_pasien", "kewajiban_pasien", "informasi_pelayanan", "persetujuan_umum"}) {
            loket.locator("#registration-info-" + item + " input").check();
            assertThat(loket.locator("#registration-info-" + item)).hasAttribute("readonly", "");
        }
        loket.locator("#registration-complete").click();
        assertThat(loket.locator("#loket-current")).containsText("diarahkan ke poli",
                new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
    }

    @Test
    void aNewPatientThenTheSamePatientReturningAreRegisteredAndSentToTheClinic() {
        Page kiosk = browser.newPage();
        Page loket = browser.newPage();
        loket.navigate(browser.url("loket"));
        BrowserSession.signIn(loket, "loket@giliran.id", "Loket#2026");
        loket.locator("vaadin-radio-button", new Page.LocatorOptions().setHasText("Loket 1")).click();

        // a new patient
        String first = takeTicket(kiosk);
        callAndServe(loket, first);
        loket.locator("vaadin-tab", new Page.LocatorOptions().setHasText("Pasien baru")).click();
        String nik = String.format("3509%02d5503950%03d", 1, ThreadLocalRandom.current().nextInt(100, 999));
        loket.locator("#patient-nik input").fill(nik);
        loket.locator("#patient-name input").fill("Sari Wulandari");
        loket.locator("#patient-birth-place input").fill("Jember");
        loket.locator("#patient-birth-date input").fill("15-03-1995");
        loket.locator("#patient-birth-date input").press("Enter");
        loket.locator("#patient-sex vaadin-radio-button", new Page.LocatorOptions().setHasText("Perempuan")).click();
        loket.locator("#patient-address input").fill("Jl. Mastrip No. 10");
        loket.locator("#patient-bpjs input").fill("0001234567890");
        loket.locator("#patient-save").click();
        assertThat(loket.locator("#registration-record")).hasText("Rekam medis: dibuat baru");
        assertThat(loket.locator("#registration-patient")).containsText(Pattern.compile("Sari Wulandari · RM-\\d+"));
        String rm = loket.locator("#registration-patient").textContent().split(" · ")[1];
        BrowserSession.screenshot(loket, "registration-new");

        // "Cek BPJS" against the PCare sandbox that runs inside the app
        assertThat(loket.locator("#registration-bpjs-number input")).hasValue("0001234567890");
        loket.locator("#registration-bpjs-check").click();
        assertThat(loket.locator("#registration-bpjs-result")).containsText("PESERTA AKTIF",
                new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
        assertThat(loket.locator("#registration-bpjs-result")).containsText("SITI AMINAH");
        BrowserSession.screenshot(loket, "registration-bpjs-check");

        // the visit card opens in another tab of the officer's browser and prints on one card-sized page
        Page card = loket.context().newPage();
        card.navigate(browser.url(loket.locator("#registration-card").getAttribute("href")));
        assertThat(card.locator("#visit-card-number")).hasText(rm);
        card.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
        byte[] pdf = card.pdf(new Page.PdfOptions().setPreferCSSPageSize(true));
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            org.assertj.core.api.Assertions.assertThat(document.getNumberOfPages()).isEqualTo(1);
            float width = document.getPage(0).getMediaBox().getWidth() / 72f * 25.4f;
            float height = document.getPage(0).getMediaBox().getHeight() / 72f * 25.4f;
            org.assertj.core.api.Assertions.assertThat(width).isBetween(84.6f, 86.6f);
            org.assertj.core.api.Assertions.assertThat(height).isBetween(53f, 55f);
            org.assertj.core.api.Assertions.assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                                           .contains(rm, "Sari Wulandari");
            java.nio.file.Files.write(BrowserSession.SCREENSHOTS.resolve("visit-card.pdf"), pdf);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        informAndHandOff(loket);
        BrowserSession.screenshot(loket, "registration-done");

        // the same patient comes back with a new ticket, found by part of the name
        String second = takeTicket(kiosk);
        callAndServe(loket, second);
        loket.locator("#registration-search input").fill("wulan");
        loket.locator("#registration-search input").press("Enter");
        loket.locator("#registration-choose-" + rm).click();
        assertThat(loket.locator("#registration-record")).hasText("Rekam medis: diambil dari arsip");
        assertThat(loket.locator("#registration-panel")).containsText("1 kunjungan sebelumnya");
        informAndHandOff(loket);
        BrowserSession.screenshot(loket, "registration-returning");
    }
}
