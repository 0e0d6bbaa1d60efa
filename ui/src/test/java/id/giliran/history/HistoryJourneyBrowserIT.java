package id.giliran.history;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.assertions.LocatorAssertions;
import id.giliran.BrowserSession;
import id.giliran.BrowserTest;
import id.giliran.api.audit.FindAuditEntriesQuery;
import id.giliran.audit.export.ChainedDigest;
import id.giliran.audit.ui.AuditService;
import id.giliran.history.export.TimelineExport;
import id.giliran.masterdata.ui.MasterDataService;
import id.giliran.queue.ui.CallingService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The auditor's journey in a real headless Chromium: a ticket is taken at the kiosk and called at the
 * loket; the auditor signs in, finds today's ticket by its number in "Riwayat peristiwa", opens its
 * timeline (taken at the kiosk, called to Loket 1 by the front desk with CallNextTicketCommand) and
 * its state as of a moment before the call: waiting then, called now, the status marked as changed.
 */
class HistoryJourneyBrowserIT extends BrowserTest {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");

    @Autowired
    CallingService calling;
    @Autowired
    MasterDataService masterData;
    @Autowired
    Clock clock;
    @Autowired
    AuditService auditTrail;

    @BeforeEach
    void emptyQueue() {
        await().atMost(Duration.ofSeconds(30)).until(() -> masterData.counters().size() == 2);
        while (calling.callNext(masterData.counters().get(1)).isPresent()) {
            // the journey's ticket must be the next one called
        }
    }

    private static List<String> readLines(Download download) {
        try {
            return Files.readAllLines(download.path(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anAuditorFindsTodaysTicketOpensItsTimelineAndItsStateBeforeItWasCalled() {
        Page kiosk = browser.newPage();
        kiosk.navigate(browser.url("kiosk"));
        kiosk.locator("#kiosk-general").click();
        kiosk.locator("#kiosk-payment-umum").click();
        kiosk.locator("#kiosk-clinic-umum").click();
        Locator number = kiosk.locator("#kiosk-ticket-number");
        assertThat(number).hasText(Pattern.compile("A-\\d{3}"));
        String ticket = number.textContent();
        // a whole second after the ticket was taken, and the call made after it
        LocalTime beforeTheCall = LocalTime.now(clock).truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        await().atMost(Duration.ofSeconds(5)).until(() -> LocalTime.now(clock).isAfter(beforeTheCall.plusNanos(300_000_000)));

        Page loket = browser.newPage();
        loket.navigate(browser.url("loket"));
        BrowserSession.signIn(loket, "loket@giliran.id", "Loket#2026");
        loket.locator("vaadin-radio-button", new Page.LocatorOptions().setHasText("Loket 1")).click();
        loket.locator("#loket-call-next").click();
        assertThat(loket.locator("#loket-current")).containsText("Memanggil " + ticket);

        Page auditor = browser.newPage();
        auditor.navigate(browser.url("audit/riwayat"));
        BrowserSession.signIn(auditor, "auditor@giliran.id", "Auditor#2026");
        assertThat(auditor.locator("#history-find")).isVisible();
        assertThat(auditor.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Riwayat peristiwa")))
                .isVisible();
        auditor.locator("#history-text input").fill(ticket);
        BrowserSession.screenshot(auditor, "history-finder");
        // the queue's read model follows the kiosk within moments: ask again while it says "not found"
        for (int attempt = 0; attempt < 10 && !auditor.locator("#timeline-entries").isVisible(); attempt++) {
            auditor.locator("#history-find").click();
            try {
                auditor.locator("#timeline-entries").waitFor(new Locator.WaitForOptions().setTimeout(1000));
            } catch (TimeoutError notYet) {
                // not found yet: the finder is still there, ask again
            }
        }
        Locator entries = auditor.locator("#timeline-entries");
        LocatorAssertions.ContainsTextOptions wait = new LocatorAssertions.ContainsTextOptions().setTimeout(5000);
        assertThat(entries).containsText("Nomor antrean diambil di kios", wait);
        assertThat(entries).containsText("Nomor dipanggil ke Loket 1");
        assertThat(entries).containsText("loket@giliran.id");
        assertThat(entries).containsText("PETUGAS_LOKET");
        assertThat(entries).containsText("CallNextTicketCommand");
        assertThat(auditor.locator("#timeline-export-csv")).isVisible();
        assertThat(auditor.locator("#timeline-export-pdf")).isVisible();
        BrowserSession.screenshot(auditor, "history-timeline");

        // the timeline as CSV: its rows give the digest on its last line, and the export is in the audit trail
        Download csv = auditor.waitForDownload(() -> auditor.locator("#timeline-export-csv").click());
        List<String> lines = readLines(csv);
        assertThat(lines.get(0)).isEqualTo(TimelineExport.CSV_HEADER);
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Nomor dipanggil ke Loket 1", "CallNextTicketCommand"));
        String digest = lines.get(lines.size() - 1).substring(TimelineExport.DIGEST_LINE.length());
        assertThat(ChainedDigest.verify(lines.subList(1, lines.size() - 1).stream()
                .map(line -> line.substring(0, line.lastIndexOf(','))).toList(), digest)).isTrue();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(auditTrail.find(new FindAuditEntriesQuery(
                "auditor@giliran.id", "TimelineExported", null, null, null, 10)))
                .anySatisfy(entry -> assertThat(entry.action()).isEqualTo("TimelineExported CSV 2 baris " + digest)));

        auditor.locator("#timeline-as-of vaadin-time-picker input").fill(beforeTheCall.format(SECONDS));
        auditor.locator("#timeline-as-of vaadin-time-picker input").press("Enter");
        auditor.locator("#timeline-show-state").click();
        Locator state = auditor.locator("#timeline-state");
        assertThat(state).isVisible();
        assertThat(state).containsText("WAITING");
        assertThat(state).containsText("CALLED");
        assertThat(state).containsText("berubah");
        assertThat(auditor.locator("#timeline-state-summary")).containsText("1 dari 2 peristiwa sudah terjadi");
        state.scrollIntoViewIfNeeded();
        BrowserSession.screenshot(auditor, "history-state-as-of");
    }
}
