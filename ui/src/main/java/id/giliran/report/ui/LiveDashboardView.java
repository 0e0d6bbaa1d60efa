package id.giliran.report.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.giliran.api.queue.TicketStatus;
import id.giliran.api.report.ArrivalSlot;
import id.giliran.api.report.ClinicFigures;
import id.giliran.api.report.CounterServing;
import id.giliran.api.report.DashboardView;
import id.giliran.api.report.Percentages;
import id.giliran.identity.security.Callers;
import id.giliran.report.export.IdFormat;
import id.giliran.report.export.ReportChart;
import id.giliran.report.export.ReportCharts;
import id.giliran.ui.Formats;
import id.giliran.ui.Polling;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Wireframe 8.4, the start page of ADMIN and PETUGAS_LOKET: today at a glance, live. It follows
 * the statistics read model through a subscription query and redraws itself by server push when a
 * ticket is taken, called or served, a patient registered or a visit bridged. Every chart has its
 * figures as a table beside it. The front desk sees it; only ADMIN exports it.
 */
@Route("dasbor")
@Menu(title = "menu.dashboard", order = 0.5)
@RolesAllowed({"ADMIN", "PETUGAS_LOKET"})
public class LiveDashboardView extends VerticalLayout implements HasDynamicTitle {

    private final ReportService reports;
    private final Clock clock;
    private final LocalDate day;
    final Span updated = new Span();
    final Div totals = new Div();
    final Div cards = new Div();
    final HorizontalLayout exports = new HorizontalLayout();
    DashboardView shown;
    private AutoCloseable liveUpdates;

    public LiveDashboardView(ReportService reports, ReportExports exportLinks, Clock clock,
                             AuthenticationContext authentication) {
        this.reports = reports;
        this.clock = clock;
        this.day = reports.today();
        addClassName("giliran-dashboard");
        updated.setId("dashboard-updated");
        updated.addClassName("giliran-dashboard-updated");
        totals.addClassName("giliran-dashboard-totals");
        cards.addClassName("giliran-dashboard-cards");
        H2 title = new H2(getTranslation("dashboard.title", IdFormat.date(day)));
        HorizontalLayout header = new HorizontalLayout(title, updated, exports);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.addClassName("giliran-dashboard-header");
        exports.getStyle().set("margin-left", "auto");
        if (authentication.hasRole("ADMIN")) {
            exports.add(exportLinks.dashboardLinks(day));
        }
        add(header, new id.giliran.operations.ui.ReplayNotice("statistics"), totals, cards);
        if (authentication.hasRole("ADMIN")) { addComponentAtIndex(0, new id.giliran.operations.ui.DeadLetterWarning()); }
        setWidthFull();
        refresh();
        // a dashboard left open overnight moves on to the new service day by itself
        Polling.whileAttached(this, 60_000, () -> {
            if (!reports.today().equals(day)) {
                UI.getCurrent().getPage().reload();
            }
        });
    }

    void refresh() {
        show(reports.dashboard(day));
    }

    void show(DashboardView dashboard) {
        shown = dashboard;
        updated.setText(getTranslation("dashboard.updated", Formats.time(clock.instant(), clock.getZone())));
        totals.removeAll();
        totals.add(total("dashboard-total-patients", "dashboard.total.patients", dashboard.queue().tickets()),
                total("dashboard-total-registered", "dashboard.total.registered",
                        dashboard.registrations().registrations()),
                total("dashboard-total-waiting", "dashboard.total.waiting", dashboard.queue().waiting()),
                total("dashboard-total-priority", "dashboard.total.priority", dashboard.queue().priority()));
        cards.removeAll();
        cards.add(clinicQueue(dashboard), patientsToday(dashboard), waits(dashboard), bpjs(dashboard),
                arrivals(dashboard), counters(dashboard));
    }

    private Component total(String id, String labelKey, long value) {
        Span number = new Span(IdFormat.number(value));
        number.addClassName("giliran-dashboard-total-number");
        Span label = new Span(getTranslation(labelKey));
        Div total = new Div(number, label);
        total.setId(id);
        total.addClassName("giliran-dashboard-total");
        return total;
    }

    private Component clinicQueue(DashboardView dashboard) {
        FigureTable table = new FigureTable(getTranslation("dashboard.clinics.title"), List.of(
                getTranslation("report.clinic"), getTranslation("category.PRIORITY"),
                getTranslation("reports.figure.general"), getTranslation("dashboard.clinics.total"),
                getTranslation("dashboard.clinics.waiting")));
        for (ClinicFigures clinic : dashboard.clinics()) {
            table.row(clinic.clinicName(), clinic.queue().priority(), clinic.queue().general(),
                    clinic.queue().tickets(), clinic.queue().waiting());
        }
        table.setId("dashboard-clinics-table");
        return card("dashboard-clinics", "dashboard.clinics.title", untitled(ReportCharts.queuePerClinic(dashboard.clinics())), table);
    }

    private Component patientsToday(DashboardView dashboard) {
        long newPatients = dashboard.registrations().newPatients();
        long returning = dashboard.registrations().returningPatients();
        long bpjs = dashboard.queue().bpjs();
        long umum = dashboard.queue().umum();
        int[] kinds = Percentages.of(newPatients, returning);
        int[] payments = Percentages.of(bpjs, umum);
        FigureTable table = new FigureTable(getTranslation("dashboard.patients.title"), List.of(
                getTranslation("dashboard.patients.group"), getTranslation("dashboard.patients.count"),
                getTranslation("dashboard.patients.share")))
                .row(getTranslation("dashboard.patients.new"), newPatients, IdFormat.percent(kinds[0]))
                .row(getTranslation("dashboard.patients.returning"), returning, IdFormat.percent(kinds[1]))
                .row(getTranslation("report.bpjs"), bpjs, IdFormat.percent(payments[0]))
                .row(getTranslation("report.umum"), umum, IdFormat.percent(payments[1]));
        table.setId("dashboard-patients-table");
        Div donuts = new Div(svg(ReportCharts.newVsReturning(dashboard.registrations()).toSvg(DONUT_WIDTH, DONUT_HEIGHT)),
                svg(ReportCharts.bpjsVsUmum(dashboard.queue()).toSvg(DONUT_WIDTH, DONUT_HEIGHT)));
        donuts.addClassName("giliran-dashboard-donuts");
        return card("dashboard-patients", "dashboard.patients.title", donuts, table);
    }

    private Component waits(DashboardView dashboard) {
        FigureTable table = new FigureTable(getTranslation("dashboard.waits.title"), List.of(
                getTranslation("report.clinic"), getTranslation("report.wait.average"),
                getTranslation("report.wait.p90"), getTranslation("dashboard.waits.measured")));
        for (ClinicFigures clinic : dashboard.clinics()) {
            table.row(clinic.clinicName(), IdFormat.duration(clinic.queue().averageWait()),
                    IdFormat.duration(clinic.queue().waitP90()), clinic.queue().waitsMeasured());
        }
        table.row(getTranslation("dashboard.waits.overall"), IdFormat.duration(dashboard.queue().averageWait()),
                IdFormat.duration(dashboard.queue().waitP90()), dashboard.queue().waitsMeasured());
        table.setId("dashboard-waits-table");
        return card("dashboard-waits", "dashboard.waits.title",
                untitled(ReportCharts.averageWaits(dashboard.queue(), dashboard.clinics())), table);
    }

    private Component bpjs(DashboardView dashboard) {
        FigureTable table = new FigureTable(getTranslation("dashboard.bpjs.title"), List.of(
                getTranslation("dashboard.bpjs.status"), getTranslation("dashboard.patients.count")))
                .row(getTranslation("dashboard.bpjs.bridged"), dashboard.bpjs().visitsBridged())
                .row(getTranslation("dashboard.bpjs.failed"), dashboard.bpjs().visitsFailed())
                .row(getTranslation("dashboard.bpjs.pending"), dashboard.bpjs().visitsPending())
                .row(getTranslation("dashboard.bpjs.deleted"), dashboard.bpjs().visitsDeleted());
        table.setId("dashboard-bpjs-table");
        return card("dashboard-bpjs", "dashboard.bpjs.title", untitled(ReportCharts.bpjsBridging(dashboard.bpjs())), table);
    }

    private Component arrivals(DashboardView dashboard) {
        FigureTable table = new FigureTable(getTranslation("dashboard.arrivals.title"), List.of(
                getTranslation("dashboard.arrivals.from"), getTranslation("dashboard.arrivals.patients")));
        for (ArrivalSlot slot : dashboard.arrivals()) {
            table.row(Formats.time(slot.start()), slot.patients());
        }
        table.setId("dashboard-arrivals-table");
        return card("dashboard-arrivals", "dashboard.arrivals.title", untitled(ReportCharts.arrivals(dashboard.arrivals())), table);
    }

    /** What each counter serves now: a table only, as the wireframe's "yang sedang dilayani". */
    private Component counters(DashboardView dashboard) {
        FigureTable table = new FigureTable(getTranslation("dashboard.counters.title"), List.of(
                getTranslation("dashboard.counters.counter"), getTranslation("dashboard.counters.ticket"),
                getTranslation("report.clinic"), getTranslation("dashboard.counters.status"),
                getTranslation("dashboard.counters.since")));
        for (CounterServing counter : dashboard.counters()) {
            boolean busy = counter.ticketNumber() != null && (counter.status() == TicketStatus.CALLED
                    || counter.status() == TicketStatus.SERVING);
            table.row(counter.counterName(), busy ? counter.ticketNumber() : null, busy ? counter.clinicName() : null,
                    busy ? getTranslation("dashboard.counters." + counter.status().name()) : getTranslation("dashboard.counters.free"),
                    busy && counter.since() != null ? Formats.time(counter.since(), clock.getZone()) : null);
        }
        table.setId("dashboard-counters-table");
        Div card = new Div(new H3(getTranslation("dashboard.counters.title")), table);
        card.setId("dashboard-counters");
        card.addClassName("giliran-dashboard-card");
        return card;
    }

    private Component card(String id, String titleKey, Component chart, FigureTable table) {
        Details asTable = new Details(getTranslation("dashboard.as-table"), table);
        asTable.addClassName("giliran-dashboard-as-table");
        Div card = new Div(new H3(getTranslation(titleKey)), chart, asTable);
        card.setId(id);
        card.addClassName("giliran-dashboard-card");
        return card;
    }

    private Component card(String id, String titleKey, String svg, FigureTable table) {
        return card(id, titleKey, svg(svg), table);
    }

    /** Donuts come in pairs in one card: drawn small, so their titles and legends read at half width. */
    static final int DONUT_WIDTH = 300;
    static final int DONUT_HEIGHT = 280;

    /** Half a 1366-pixel screen: drawn at about the size shown, so its labels read at their own size. */
    static final int CHART_WIDTH = 480;
    static final int CHART_HEIGHT = 280;

    /** The card's heading names the chart: the chart itself without its title. */
    private static String untitled(ReportChart chart) {
        return chart.toSvgUntitled(CHART_WIDTH, CHART_HEIGHT);
    }

    /** A chart drawn on the server, as an inline SVG image; the reports show theirs the same way. */
    static Component svg(String svg) {
        Div chart = new Div();
        chart.addClassName("giliran-chart");
        chart.getElement().setProperty("innerHTML", svg);
        return chart;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        // updates arrive on an event processor's thread: the view reads as the person who opened it
        Authentication viewer = SecurityContextHolder.getContext().getAuthentication();
        liveUpdates = reports.watch(day, () -> ui.access(() -> Callers.runAs(viewer, this::refresh)));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (liveUpdates != null) {
            try {
                liveUpdates.close();
            } catch (Exception ignored) {
                // closing a subscription does not fail in a way the viewer could act on
            }
            liveUpdates = null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.dashboard");
    }
}
