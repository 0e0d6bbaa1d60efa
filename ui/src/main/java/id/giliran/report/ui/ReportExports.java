package id.giliran.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import id.giliran.api.identity.Caller;
import id.giliran.api.report.DashboardView;
import id.giliran.api.report.PeriodReport;
import id.giliran.api.report.ReportPeriod;
import id.giliran.audit.recording.AuditRecorder;
import id.giliran.identity.security.Callers;
import id.giliran.infrastructure.GiliranProperties;
import id.giliran.report.export.ExportHeader;
import id.giliran.report.export.ReportExporter;
import id.giliran.report.export.ReportExporter.Format;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * The "Unduh PDF" / "Unduh Excel" links of the dashboard and the reports. A file is written straight
 * into the download as it is made: a period's days are read a month at a time and written one by
 * one, so a year is never held whole, and the progress bar beside the links follows the days by
 * server push. Every export is recorded in the audit trail (who, which report, format, period)
 * once the file has been written.
 */
@org.springframework.stereotype.Component
public class ReportExports {

    static final String DASHBOARD = "DASHBOARD";
    static final String PERIOD = "PERIOD";

    private final ReportService reports;
    private final ReportExporter exporter;
    private final AuditRecorder audit;
    private final GiliranProperties properties;
    private final Clock clock;

    ReportExports(ReportService reports, ReportExporter exporter, AuditRecorder audit, GiliranProperties properties,
                  Clock clock) {
        this.reports = reports;
        this.exporter = exporter;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** The dashboard's day as PDF and Excel. */
    HorizontalLayout dashboardLinks(LocalDate day) {
        HorizontalLayout links = new HorizontalLayout();
        for (Format format : Format.values()) {
            links.add(link("dashboard-export-" + format.extension(), format, ReportExporter.fileName(format, day, day),
                    (ui, out) -> {
                        Caller caller = Callers.current();
                        DashboardView dashboard = reports.dashboard(day);
                        exporter.exportDashboard(format, header(ui, caller, "reports.export.dashboard-title", day, day),
                                dashboard, out);
                        audit.reportExported(caller, DASHBOARD, format.name(), day, day);
                    }));
        }
        return links;
    }

    /** A checked period as PDF and Excel, with a progress bar over its days. */
    HorizontalLayout periodLinks(ReportPeriod period) {
        ProgressBar progress = new ProgressBar(0, period.days(), 0);
        progress.setId("report-export-progress");
        progress.setVisible(false);
        progress.setWidth("12rem");
        Span status = new Span();
        status.setId("report-export-status");
        HorizontalLayout links = new HorizontalLayout();
        links.setAlignItems(FlexComponent.Alignment.CENTER);
        for (Format format : Format.values()) {
            links.add(link("report-export-" + format.extension(), format,
                    ReportExporter.fileName(format, period.from(), period.to()), (ui, out) -> {
                        Caller caller = Callers.current();
                        PeriodReport current = reports.report(period, false);
                        PeriodReport previous = reports.report(period.previous(), false);
                        exporter.exportPeriod(format, header(ui, caller, "reports.export.period-title", period.from(), period.to()),
                                current, previous, reports.days(period), (written, total) -> {
                                    if (ui != null && (written % 7 == 0 || written == total)) {
                                        ui.access(() -> {
                                            progress.setVisible(true);
                                            progress.setValue(written);
                                            status.setText(links.getTranslation("reports.export.progress",
                                                    written, total));
                                        });
                                    }
                                }, out);
                        audit.reportExported(caller, PERIOD, format.name(), period.from(), period.to());
                        if (ui != null) {
                            ui.access(() -> status.setText(links.getTranslation("reports.export.done")));
                        }
                    }));
        }
        links.add(progress, status);
        return links;
    }

    private ExportHeader header(UI ui, Caller caller, String titleKey, LocalDate from, LocalDate to) {
        return new ExportHeader(properties.facilityName(), properties.facilityAddress(),
                ui == null ? titleKey : ui.getTranslation(titleKey), from, to,
                caller.username(), ZonedDateTime.now(clock));
    }

    private static Anchor link(String id, Format format, String fileName, Export export) {
        Anchor anchor = new Anchor((DownloadHandler) event -> write(event, format, fileName, export), "");
        anchor.setId(id);
        anchor.add(VaadinIcon.DOWNLOAD.create(),
                new Span(" " + anchor.getTranslation(format == Format.PDF ? "reports.export.pdf" : "reports.export.xlsx")));
        anchor.addClassName("giliran-export-link");
        return anchor;
    }

    private static void write(DownloadEvent event, Format format, String fileName, Export export) throws IOException {
        event.setFileName(fileName);
        event.setContentType(format.contentType());
        try (OutputStream out = event.getOutputStream()) {
            export.writeTo(event.getUI(), out);
        }
    }

    @FunctionalInterface
    private interface Export {
        /** Writes the file for the person on {@code ui} (null when the page is gone). */
        void writeTo(UI ui, OutputStream out) throws IOException;
    }
}
