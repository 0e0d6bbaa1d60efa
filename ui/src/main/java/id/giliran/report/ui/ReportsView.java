package id.giliran.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.giliran.api.queue.PriorityReason;
import id.giliran.api.report.ClinicFigures;
import id.giliran.api.report.DayFigures;
import id.giliran.api.report.NamedCount;
import id.giliran.api.report.PeriodReport;
import id.giliran.api.report.ReportPeriod;
import id.giliran.report.export.IdFormat;
import id.giliran.report.export.ReportCharts;
import id.giliran.ui.Formats;
import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Modul 5's reports for any period up to a year, beside the previous period of the same length:
 * daily statistics (category, priority reason, clinic, payment), waits (average and 90th
 * percentile) and service times per clinic, registrations (new / returning, BPJS / umum, per
 * clinic, per doctor) and BPJS bridging and participant checks per day. ADMIN also exports them
 * (PDF, Excel); the front desk reads them.
 */
@Route("laporan")
@Menu(title = "menu.reports", order = 9)
@RolesAllowed({"ADMIN", "PETUGAS_LOKET"})
public class ReportsView extends VerticalLayout implements HasDynamicTitle {

    private final ReportService reports;
    private final ReportExports exportLinks;
    private final boolean mayExport;
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Span refusal = new Span();
    final Div result = new Div();
    final HorizontalLayout exports = new HorizontalLayout();
    PeriodReport shown;
    PeriodReport previous;

    public ReportsView(ReportService reports, ReportExports exportLinks,
                       AuthenticationContext authentication) {
        this.reports = reports;
        this.exportLinks = exportLinks;
        this.mayExport = authentication.hasRole("ADMIN");
        LocalDate today = reports.today();
        from.setId("report-from");
        from.setLabel(getTranslation("reports.from"));
        to.setId("report-to");
        to.setLabel(getTranslation("reports.to"));
        for (DatePicker picker : List.of(from, to)) {
            picker.setI18n(Formats.datePickerI18n(this));
            picker.setMax(today);
        }
        from.setValue(today.withDayOfMonth(1));
        to.setValue(today);
        Button show = new Button(getTranslation("reports.show"), click -> refresh());
        show.setId("report-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout presets = new HorizontalLayout(
                preset("report-today", "reports.preset.today", today, today),
                preset("report-week", "reports.preset.week", today.minusDays(6), today),
                preset("report-month", "reports.preset.month", today.withDayOfMonth(1), today),
                preset("report-last-month", "reports.preset.last-month",
                        today.minusMonths(1).withDayOfMonth(1),
                        today.minusMonths(1).with(TemporalAdjusters.lastDayOfMonth())),
                preset("report-year", "reports.preset.year", today.minusYears(1).plusDays(1), today));
        presets.setSpacing(false);
        presets.getStyle().set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
        HorizontalLayout filter = new HorizontalLayout(from, to, show);
        filter.setAlignItems(FlexComponent.Alignment.BASELINE);
        filter.getStyle().set("flex-wrap", "wrap");
        refusal.setId("report-refusal");
        refusal.addClassName("giliran-error-text");
        exports.setId("report-exports");
        result.setWidthFull();
        result.addClassName("giliran-report-result");
        add(new H2(getTranslation("reports.title")), new id.giliran.operations.ui.ReplayNotice("statistics"), filter, presets, refusal, exports, result);
        setWidthFull();
        refresh();
    }

    private Button preset(String id, String key, LocalDate start, LocalDate end) {
        Button button = new Button(getTranslation(key), click -> {
            from.setValue(start);
            to.setValue(end);
            refresh();
        });
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    void refresh() {
        refusal.setText("");
        exports.removeAll();
        ReportPeriod period;
        try {
            period = reports.period(from.getValue(), to.getValue());
        } catch (ReportPeriod.Refused refused) {
            refusal.setText(getTranslation("error." + refused.code()));
            result.removeAll();
            shown = null;
            previous = null;
            return;
        }
        shown = reports.report(period, true);
        previous = reports.report(period.previous(), false);
        if (mayExport) {
            exports.add(exportLinks.periodLinks(period));
        }
        result.removeAll();
        result.add(new Paragraph(getTranslation("reports.period", IdFormat.period(period.from(), period.to()),
                IdFormat.period(period.previous().from(), period.previous().to()))));
        if (shown.empty()) {
            Paragraph nothing = new Paragraph(getTranslation("reports.empty"));
            nothing.setId("report-empty");
            result.add(nothing);
        }
        result.add(summary(), chartRow(), new H3(getTranslation("reports.daily.title")), daily(),
                new H3(getTranslation("reports.clinics.title")), clinics(),
                new H3(getTranslation("reports.registrations.title")), registrations(),
                new H3(getTranslation("reports.bpjs.title")), bpjs());
    }

    /** This period beside the previous one of the same length, figure by figure. */
    private Component summary() {
        FigureTable table = new FigureTable(getTranslation("reports.summary.title"), List.of(
                getTranslation("reports.summary.figure"), getTranslation("reports.summary.now"),
                getTranslation("reports.summary.before"), getTranslation("reports.summary.change")));
        compare(table, "reports.figure.patients", r -> r.queue().tickets());
        compare(table, "category.PRIORITY", r -> r.queue().priority());
        for (PriorityReason reason : PriorityReason.values()) {
            compare(table, "priority-reason." + reason.name(), r -> r.queue().priority(reason));
        }
        compare(table, "reports.figure.general", r -> r.queue().general());
        compare(table, "report.bpjs", r -> r.queue().bpjs());
        compare(table, "report.umum", r -> r.queue().umum());
        compare(table, "report.served", r -> r.queue().served());
        compare(table, "report.skipped", r -> r.queue().notPresent());
        table.row(getTranslation("report.wait.average"), IdFormat.duration(shown.queue().averageWait()),
                IdFormat.duration(previous.queue().averageWait()),
                IdFormat.change(shown.queue().averageWait(), previous.queue().averageWait()));
        table.row(getTranslation("report.wait.p90"), IdFormat.duration(shown.queue().waitP90()),
                IdFormat.duration(previous.queue().waitP90()),
                IdFormat.change(shown.queue().waitP90(), previous.queue().waitP90()));
        table.row(getTranslation("report.service.average"), IdFormat.duration(shown.queue().averageService()),
                IdFormat.duration(previous.queue().averageService()),
                IdFormat.change(shown.queue().averageService(), previous.queue().averageService()));
        compare(table, "reports.figure.registrations", r -> r.registrations().registrations());
        compare(table, "dashboard.patients.new", r -> r.registrations().newPatients());
        compare(table, "dashboard.patients.returning", r -> r.registrations().returningPatients());
        compare(table, "dashboard.bpjs.bridged", r -> r.bpjs().visitsBridged());
        compare(table, "dashboard.bpjs.failed", r -> r.bpjs().visitsFailed());
        compare(table, "dashboard.bpjs.pending", r -> r.bpjs().visitsPending());
        compare(table, "reports.figure.checks", r -> r.bpjs().checks());
        table.setId("report-summary");
        return table;
    }

    private void compare(FigureTable table, String labelKey, ToLongFunction<PeriodReport> figure) {
        long now = figure.applyAsLong(shown);
        long before = figure.applyAsLong(previous);
        table.row(getTranslation(labelKey), now, before, IdFormat.change(now, before));
    }

    private Component chartRow() {
        Div row = new Div(LiveDashboardView.svg(ReportCharts.patientsPerDayOf(shown.days()).toSvg()), LiveDashboardView.svg(ReportCharts.queuePerClinic(shown.clinics()).toSvg()));
        row.addClassName("giliran-dashboard-cards");
        return row;
    }

    final Grid<DayFigures> daily = new Grid<>();

    private Component daily() {
        daily.removeAllColumns();
        daily.setId("report-daily");
        daily.addColumn(day -> IdFormat.date(day.date())).setHeader(getTranslation("report.day")).setAutoWidth(true)
             .setFrozen(true);
        number(daily, "reports.figure.patients", day -> day.queue().tickets());
        for (PriorityReason reason : PriorityReason.values()) {
            number(daily, "priority-reason." + reason.name(), day -> day.queue().priority(reason));
        }
        number(daily, "reports.figure.general", day -> day.queue().general());
        number(daily, "report.bpjs", day -> day.queue().bpjs());
        number(daily, "report.umum", day -> day.queue().umum());
        number(daily, "report.served", day -> day.queue().served());
        number(daily, "report.skipped", day -> day.queue().notPresent());
        daily.addColumn(day -> IdFormat.duration(day.queue().averageWait()))
             .setHeader(getTranslation("report.wait.average")).setAutoWidth(true);
        daily.addColumn(day -> IdFormat.duration(day.queue().waitP90()))
             .setHeader(getTranslation("report.wait.p90")).setAutoWidth(true);
        daily.addColumn(day -> IdFormat.duration(day.queue().averageService()))
             .setHeader(getTranslation("report.service.average")).setAutoWidth(true);
        daily.setItems(shown.days());
        daily.setHeight("24rem");
        return daily;
    }

    final Grid<ClinicFigures> clinics = new Grid<>();

    private Component clinics() {
        clinics.removeAllColumns();
        clinics.setId("report-clinics");
        clinics.addColumn(ClinicFigures::clinicName).setHeader(getTranslation("report.clinic")).setAutoWidth(true);
        number(clinics, "reports.figure.patients", clinic -> clinic.queue().tickets());
        number(clinics, "category.PRIORITY", clinic -> clinic.queue().priority());
        number(clinics, "reports.figure.general", clinic -> clinic.queue().general());
        number(clinics, "report.bpjs", clinic -> clinic.queue().bpjs());
        number(clinics, "report.umum", clinic -> clinic.queue().umum());
        number(clinics, "report.skipped", clinic -> clinic.queue().notPresent());
        clinics.addColumn(clinic -> IdFormat.duration(clinic.queue().averageWait()))
               .setHeader(getTranslation("report.wait.average")).setAutoWidth(true);
        clinics.addColumn(clinic -> IdFormat.duration(clinic.queue().waitP90()))
               .setHeader(getTranslation("report.wait.p90")).setAutoWidth(true);
        clinics.addColumn(clinic -> IdFormat.duration(clinic.queue().averageService()))
               .setHeader(getTranslation("report.service.average")).setAutoWidth(true);
        clinics.setItems(shown.clinics());
        clinics.setAllRowsVisible(true);
        return clinics;
    }

    final Grid<DayFigures> registrationDays = new Grid<>();

    private Component registrations() {
        registrationDays.removeAllColumns();
        registrationDays.setId("report-registrations");
        registrationDays.addColumn(day -> IdFormat.date(day.date())).setHeader(getTranslation("report.day"))
                        .setAutoWidth(true);
        number(registrationDays, "reports.figure.registrations", day -> day.registrations().registrations());
        number(registrationDays, "dashboard.patients.new", day -> day.registrations().newPatients());
        number(registrationDays, "dashboard.patients.returning", day -> day.registrations().returningPatients());
        number(registrationDays, "report.bpjs", day -> day.registrations().bpjs());
        number(registrationDays, "report.umum", day -> day.registrations().umum());
        number(registrationDays, "reports.figure.cancelled", day -> day.registrations().cancelled());
        registrationDays.setItems(shown.days());
        registrationDays.setHeight("18rem");
        Div split = new Div(named("report-registrations-clinic", "reports.registrations.by-clinic",
                shown.registrations().byClinic()), named("report-registrations-doctor",
                "reports.registrations.by-doctor", shown.registrations().byDoctor()));
        split.addClassName("giliran-dashboard-cards");
        return new Div(registrationDays, split);
    }

    private FigureTable named(String id, String captionKey, List<NamedCount> counts) {
        FigureTable table = new FigureTable(getTranslation(captionKey), List.of(
                getTranslation(captionKey + ".name"), getTranslation("reports.figure.registrations")));
        for (NamedCount count : counts) {
            table.row(count.name() == null ? getTranslation("reports.no-doctor") : count.name(), count.count());
        }
        table.setId(id);
        return table;
    }

    final Grid<DayFigures> bpjsDays = new Grid<>();

    private Component bpjs() {
        bpjsDays.removeAllColumns();
        bpjsDays.setId("report-bpjs");
        bpjsDays.addColumn(day -> IdFormat.date(day.date())).setHeader(getTranslation("report.day")).setAutoWidth(true);
        number(bpjsDays, "dashboard.bpjs.bridged", day -> day.bpjs().visitsBridged());
        number(bpjsDays, "dashboard.bpjs.failed", day -> day.bpjs().visitsFailed());
        number(bpjsDays, "dashboard.bpjs.pending", day -> day.bpjs().visitsPending());
        number(bpjsDays, "dashboard.bpjs.deleted", day -> day.bpjs().visitsDeleted());
        number(bpjsDays, "reports.checks.active", day -> day.bpjs().checksActive());
        number(bpjsDays, "reports.checks.inactive", day -> day.bpjs().checksInactive());
        number(bpjsDays, "reports.checks.not-found", day -> day.bpjs().checksNotFound());
        bpjsDays.setItems(shown.days());
        bpjsDays.setHeight("18rem");
        return bpjsDays;
    }

    private <T> void number(Grid<T> grid, String headerKey, ToLongFunction<T> figure) {
        grid.addColumn(row -> IdFormat.number(figure.applyAsLong(row))).setHeader(getTranslation(headerKey))
            .setAutoWidth(true).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reports.title");
    }
}
