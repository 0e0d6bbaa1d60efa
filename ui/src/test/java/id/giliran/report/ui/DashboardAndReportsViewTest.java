package id.giliran.report.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import id.giliran.api.identity.Role;
import id.giliran.api.queue.PaymentType;
import id.giliran.api.queue.PriorityReason;
import id.giliran.api.queue.TicketCategory;
import id.giliran.api.report.ReportPeriod;
import id.giliran.queue.ui.KioskService;
import id.giliran.queue.ui.TicketRequest;
import id.giliran.ui.HomeView;
import id.giliran.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The head of the Puskesmas' dashboard and reports, browserless, on the real application. */
class DashboardAndReportsViewTest extends KaribuTest {

    @Autowired
    KioskService kiosk;
    @Autowired
    ReportService reports;

    @Test
    void anAdminLandsOnTheDashboardWhichFollowsATicketTakenAtTheKioskWithoutAReload() {
        await().pollInSameThread().until(() -> masterData.clinics().size() == 5);
        signIn("admin@giliran.id", Role.ADMIN);
        UI.getCurrent().navigate(HomeView.class);
        LiveDashboardView dashboard = (LiveDashboardView) UI.getCurrent().getCurrentView();
        long before = dashboard.shown.queue().tickets();
        long priorityBefore = dashboard.shown.queue().priority();

        kiosk.takeTicket(new TicketRequest(TicketCategory.PRIORITY, PriorityReason.LANSIA, PaymentType.BPJS, "UMUM"));

        // no refresh() here: the view redraws itself from the subscription
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            MockVaadin.clientRoundtrip();
            assertThat(dashboard.shown.queue().tickets()).isEqualTo(before + 1);
        });
        assertThat(dashboard.shown.queue().priority()).isEqualTo(priorityBefore + 1);
        assertThat(dashboard.totals.getElement().getTextRecursively()).contains("Total pasien", "Prioritas");
        FigureTable clinics = (FigureTable) _find(FigureTable.class).stream()
                .filter(table -> table.getId().orElse("").equals("dashboard-clinics-table")).findFirst().orElseThrow();
        assertThat(clinics.rows()).anySatisfy(row -> assertThat(row.get(0)).isEqualTo("Poli Umum"));
        assertThat(dashboard.cards.getElement().getChildren()
                .map(card -> card.getAttribute("id")).toList())
                .contains("dashboard-clinics", "dashboard-patients", "dashboard-waits", "dashboard-bpjs",
                        "dashboard-arrivals", "dashboard-counters");
        assertThat(_find(Anchor.class).stream().map(anchor -> anchor.getId().orElse("")).toList())
                .contains("dashboard-export-pdf", "dashboard-export-xlsx");
    }

    @Test
    void everyChartIsDrawnAsAnAccessibleImageBesideItsTable() {
        signIn("admin@giliran.id", Role.ADMIN);
        UI.getCurrent().navigate(LiveDashboardView.class);
        LiveDashboardView dashboard = (LiveDashboardView) UI.getCurrent().getCurrentView();

        List<String> charts = dashboard.cards.getElement().getChildren()
                .flatMap(card -> card.getChildren())
                .filter(child -> "giliran-chart".equals(child.getAttribute("class")))
                .map(chart -> chart.getProperty("innerHTML", ""))
                .toList();
        assertThat(charts).hasSizeGreaterThanOrEqualTo(4).allSatisfy(svg -> {
            assertThat(svg).startsWith("<svg");
            assertThat(svg).contains("role=\"img\"", "aria-label=");
        });
        assertThat(_find(FigureTable.class)).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void theFrontDeskSeesTheDashboardAndReportsButExportsNothing() {
        signIn("loket@giliran.id", Role.PETUGAS_LOKET);
        UI.getCurrent().navigate(HomeView.class);
        LiveDashboardView dashboard = (LiveDashboardView) UI.getCurrent().getCurrentView();
        assertThat(dashboard.exports.getChildren()).isEmpty();

        UI.getCurrent().navigate(ReportsView.class);
        ReportsView view = (ReportsView) UI.getCurrent().getCurrentView();
        assertThat(view.shown).isNotNull();
        assertThat(view.exports.getChildren()).isEmpty();
        assertThat(_find(Anchor.class).stream().map(anchor -> anchor.getId().orElse("")).toList())
                .noneMatch(id -> id.contains("export"));
    }

    @Test
    void aReversedPeriodIsRefusedInIndonesianAndNothingIsShownOrOffered() {
        signIn("admin@giliran.id", Role.ADMIN);
        UI.getCurrent().navigate(ReportsView.class);
        ReportsView view = (ReportsView) UI.getCurrent().getCurrentView();
        LocalDate today = reports.today();

        view.from.setValue(today);
        view.to.setValue(today.minusDays(3));
        view.refresh();

        assertThat(view.refusal.getText())
                .isEqualTo("Tanggal awal harus sebelum atau sama dengan tanggal akhir.");
        assertThat(view.shown).isNull();
        assertThat(view.result.getChildren()).isEmpty();
        assertThat(view.exports.getChildren()).isEmpty();
    }

    @Test
    void aPeriodOverAYearIsRefused() {
        signIn("admin@giliran.id", Role.ADMIN);
        UI.getCurrent().navigate(ReportsView.class);
        ReportsView view = (ReportsView) UI.getCurrent().getCurrentView();
        LocalDate today = reports.today();

        view.from.setValue(today.minusDays(ReportPeriod.MAX_DAYS));
        view.to.setValue(today);
        view.refresh();

        assertThat(view.refusal.getText()).isEqualTo("Periode laporan paling lama satu tahun (366 hari).");
        assertThat(view.exports.getChildren()).isEmpty();
    }

    @Test
    void anAdminReadsTodaysReportBesideTheDayBeforeAndMayExportIt() {
        await().pollInSameThread().until(() -> masterData.clinics().size() == 5);
        kiosk.takeTicket(new TicketRequest(TicketCategory.GENERAL, null, PaymentType.UMUM, "GIGI"));
        signIn("admin@giliran.id", Role.ADMIN);
        UI.getCurrent().navigate(ReportsView.class);
        ReportsView view = (ReportsView) UI.getCurrent().getCurrentView();
        LocalDate today = reports.today();

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            view.from.setValue(today);
            view.to.setValue(today);
            view.refresh();
            assertThat(view.shown.queue().umum()).isPositive();
        });
        assertThat(view.previous.from()).isEqualTo(today.minusDays(1));
        assertThat(view.shown.days()).hasSize(1);
        assertThat(view.shown.clinics()).anySatisfy(clinic -> assertThat(clinic.clinicName()).isEqualTo("Poli Gigi"));
        assertThat(view.refusal.getText()).isEmpty();
        FigureTable summary = _find(FigureTable.class).stream()
                .filter(table -> table.getId().orElse("").equals("report-summary")).findFirst().orElseThrow();
        assertThat(summary.rows()).anySatisfy(row -> assertThat(row).startsWith("Pasien"));
        assertThat(_find(Anchor.class).stream().map(anchor -> anchor.getId().orElse("")).toList())
                .contains("report-export-pdf", "report-export-xlsx");
    }
}
