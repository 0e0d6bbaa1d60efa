package id.giliran.report;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import id.giliran.BrowserSession;
import id.giliran.BrowserTest;
import id.giliran.api.audit.AuditEntryView;
import id.giliran.api.audit.FindAuditEntriesQuery;
import id.giliran.audit.ui.AuditService;
import id.giliran.identity.security.Callers;
import id.giliran.masterdata.ui.MasterDataService;
import id.giliran.queue.ui.CallingService;
import id.giliran.report.export.IdFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue #12 in a real headless Chromium: the admin's open dashboard follows the kiosk and the
 * counter live (server push, no reload), both the dashboard's and a period's exports download as
 * real PDF and Excel files and are audited, and the front desk sees the dashboard without export
 * links. Also makes the README's screenshots of the dashboard and the reports.
 */
class DashboardJourneyBrowserIT extends BrowserTest {

    private static final String ADMIN = "admin@giliran.id";
    private static final String[] EXPORTS = {"DASHBOARD PDF", "DASHBOARD XLSX", "PERIOD PDF", "PERIOD XLSX"};

    @Autowired
    CallingService calling;
    @Autowired
    MasterDataService masterData;
    @Autowired
    AuditService audit;

    @BeforeEach
    void emptyQueue() {
        await().atMost(Duration.ofSeconds(30)).until(() -> masterData.counters().size() == 2);
        while (calling.callNext(masterData.counters().get(1)).isPresent()) {
            // the kiosk's ticket must be the next one the officer calls
        }
    }

    @Test
    void theOpenDashboardFollowsTheKioskAndTheCounterAndItsExportsAreRealAndAudited() {
        Map<String, Long> exportsBefore = auditedExports();

        // 1. the admin signs in and starts on the dashboard
        Page dashboard = browser.newPage(new Browser.NewContextOptions().setViewportSize(1366, 768)
                .setAcceptDownloads(true));
        dashboard.navigate(browser.url(""));
        BrowserSession.signIn(dashboard, ADMIN, "Admin#2026");
        assertThat(dashboard.locator("#dashboard-total-patients")).isVisible();
        assertThat(dashboard).hasURL(Pattern.compile(".*/dasbor(\\?.*)?$"));
        Locator patients = dashboard.locator("#dashboard-total-patients span").first();
        assertThat(patients).hasText(Pattern.compile("\\d[\\d.]*"));
        long before = Long.parseLong(patients.textContent().trim().replace(".", ""));
        assertThat(dashboard.locator("#dashboard-export-pdf")).isVisible();
        assertThat(dashboard.locator("#dashboard-export-xlsx")).isVisible();

        // 2. a patient takes a ticket at the kiosk, in a browser of its own without sign-in
        Page kiosk = browser.newPage();
        kiosk.navigate(browser.url("kiosk"));
        kiosk.locator("#kiosk-general").click();
        kiosk.locator("#kiosk-payment-bpjs").click();
        kiosk.locator("#kiosk-clinic-umum").click();
        Locator number = kiosk.locator("#kiosk-ticket-number");
        assertThat(number).hasText(Pattern.compile("A-\\d{3}"));
        long confirmed = System.nanoTime();
        String ticket = number.textContent();

        // 3. without a reload, the admin's dashboard counts one patient more
        assertThat(patients).hasText(IdFormat.number(before + 1),
                new LocatorAssertions.HasTextOptions().setTimeout(5000));
        long latency = Duration.ofNanos(System.nanoTime() - confirmed).toMillis();
        System.out.println("[figures] kiosk ticket on the open dashboard after " + latency + " ms");
        assertThat(latency).as("issue #12 asks for under 2 s; under 5 s on a loaded machine").isLessThan(5000);

        // 4. the officer calls that ticket at Loket 1, and the open dashboard shows it at the counter
        Page loket = browser.newPage();
        loket.navigate(browser.url("loket"));
        BrowserSession.signIn(loket, "loket@giliran.id", "Loket#2026");
        assertThat(loket.locator("#loket-call-next")).isVisible();
        loket.locator("vaadin-radio-button", new Page.LocatorOptions().setHasText("Loket 1")).click();
        loket.locator("#loket-call-next").click();
        long called = System.nanoTime();
        assertThat(loket.locator("#loket-current")).hasText("Memanggil " + ticket + " (Poli Umum) ke Loket 1");
        Locator counterRow = dashboard.locator("#dashboard-counters-table tbody tr",
                new Page.LocatorOptions().setHas(dashboard.locator("th", new Page.LocatorOptions().setHasText("Loket 1"))));
        assertThat(counterRow).containsText(ticket, new LocatorAssertions.ContainsTextOptions().setTimeout(5000));
        assertThat(counterRow).containsText("Poli Umum");
        System.out.println("[figures] counter's call on the open dashboard after "
                + Duration.ofNanos(System.nanoTime() - called).toMillis() + " ms");

        // 5. the dashboard on a 1366×768 laptop and a 1920×1080 screen
        fullPage(dashboard, "dashboard-1366");
        dashboard.setViewportSize(1920, 1080);
        fullPage(dashboard, "dashboard-1920");
        dashboard.setViewportSize(1366, 768);

        // 6. the dashboard's exports, as the admin
        checkPdf(download(dashboard, "#dashboard-export-pdf"));
        checkXlsx(download(dashboard, "#dashboard-export-xlsx"));

        // ... and this month's report with its exports
        dashboard.navigate(browser.url("laporan"));
        dashboard.locator("#report-month").click();
        assertThat(dashboard.locator("#report-summary")).isVisible();
        assertThat(dashboard.locator("#report-refusal")).hasText("");
        fullPage(dashboard, "laporan");
        checkPdf(download(dashboard, "#report-export-pdf"));
        assertThat(dashboard.locator("#report-export-status")).hasText("Berkas selesai diunduh.",
                new LocatorAssertions.HasTextOptions().setTimeout(10000));
        checkXlsx(download(dashboard, "#report-export-xlsx"));
        BrowserSession.screenshot(dashboard, "laporan-exported");

        // every export is in the audit trail, as the admin's
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Map<String, Long> after = auditedExports();
            for (String export : EXPORTS) {
                assertThat(after.get(export)).as(export).isEqualTo(exportsBefore.get(export) + 1);
            }
        });
        // ... and the "Jejak audit" view shows them
        dashboard.navigate(browser.url("audit"));
        dashboard.locator("#audit-action input").fill("ReportExported");
        dashboard.locator("#audit-search").click();
        Locator cells = dashboard.locator("#audit-entries vaadin-grid-cell-content");
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("ReportExported DASHBOARD PDF")).first())
                .isAttached();
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("ReportExported PERIOD XLSX")).first())
                .isAttached();
        BrowserSession.screenshot(dashboard, "audit-exports");

        // 7. the front desk reads the dashboard and the reports, without export links
        loket.navigate(browser.url("dasbor"));
        assertThat(loket.locator("#dashboard-total-patients")).isVisible();
        assertThat(loket.locator("#dashboard-counters-table")).containsText(ticket);
        assertThat(loket.locator("#dashboard-export-pdf")).hasCount(0);
        assertThat(loket.locator("#dashboard-export-xlsx")).hasCount(0);
        loket.navigate(browser.url("laporan"));
        assertThat(loket.locator("#report-summary")).isVisible();
        assertThat(loket.locator("#report-export-pdf")).hasCount(0);
        assertThat(loket.locator("#report-export-xlsx")).hasCount(0);
        BrowserSession.screenshot(loket, "dashboard-loket");
    }

    /**
     * The whole view, not only what the screen shows: the app layout scrolls inside itself, not the
     * document, so Playwright's full-page option would stop at the viewport. The viewport grows to
     * the bottom of the tallest scrolling content for the picture and returns to its size afterwards.
     */
    private static void fullPage(Page page, String name) {
        var size = page.viewportSize();
        int height = (int) Math.ceil(((Number) page.evaluate("() => Math.max(...Array.from("
                + "document.querySelectorAll('*'), e => e.getBoundingClientRect().top + e.scrollHeight))"))
                .doubleValue());
        page.setViewportSize(size.width, Math.max(size.height, height));
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(BrowserSession.SCREENSHOTS.resolve(name + ".png")));
        page.setViewportSize(size.width, size.height);
    }

    /** Clicks an export link and keeps the file in {@code target/screenshots}. */
    private static byte[] download(Page page, String link) {
        Download download = page.waitForDownload(() -> page.click(link));
        assertThat(download.failure()).isNull();
        Path file = BrowserSession.SCREENSHOTS.resolve(download.suggestedFilename());
        download.saveAs(file);
        assertThat(download.suggestedFilename()).matches("(dasbor|laporan)-[0-9-]+(-sd-[0-9-]+)?\\.(pdf|xlsx)");
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkPdf(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Puskesmas Gladak Pakem", ADMIN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkXlsx(byte[] xlsx) {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isGreaterThanOrEqualTo(1);
            Sheet first = workbook.getSheetAt(0);
            List<String> texts = new ArrayList<>();
            boolean numeric = false;
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.NUMERIC
                                || (cell.getCellType() == CellType.FORMULA
                                    && cell.getCachedFormulaResultType() == CellType.NUMERIC)) {
                            numeric = true;
                        } else if (cell.getCellType() == CellType.STRING && sheet == first) {
                            texts.add(cell.getStringCellValue());
                        }
                    }
                }
            }
            assertThat(first.getPhysicalNumberOfRows()).isGreaterThanOrEqualTo(2);
            assertThat(texts).as("a header row of labels").isNotEmpty();
            assertThat(numeric).as("a numeric cell somewhere").isTrue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many of each export the admin has in the audit trail, e.g. "DASHBOARD PDF" → 2. */
    private Map<String, Long> auditedExports() {
        AtomicReference<List<AuditEntryView>> entries = new AtomicReference<>();
        Callers.runAs(new UsernamePasswordAuthenticationToken(ADMIN, null,
                        List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))),
                () -> entries.set(audit.find(new FindAuditEntriesQuery(ADMIN, "ReportExported", null, null, null,
                        1000))));
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String export : EXPORTS) {
            counts.put(export, entries.get().stream()
                    .filter(entry -> entry.action().startsWith("ReportExported " + export + " "))
                    .filter(AuditEntryView::succeeded)
                    .count());
        }
        return counts;
    }
}
