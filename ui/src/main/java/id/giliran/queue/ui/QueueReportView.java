package id.giliran.queue.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.giliran.api.notification.TurnNotificationView;
import id.giliran.api.queue.ClinicDayReport;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * ADMIN: a service day per clinic: tickets by category and payment, served, skipped, waits, service
 * times; and the day's WhatsApp "your turn is near" messages with their outcome.
 */
@Route("admin/laporan-antrean")
@Menu(title = "menu.queue-report", order = 13)
@RolesAllowed("ADMIN")
public class QueueReportView extends VerticalLayout implements HasDynamicTitle {

    private final QueueReportService reports;
    final DatePicker day = new DatePicker();
    final Grid<ClinicDayReport> report = new Grid<>();
    final Grid<TurnNotificationView> notifications = new Grid<>();

    public QueueReportView(QueueReportService reports, Clock clock) {
        this.reports = reports;
        day.setId("report-day");
        day.setLabel(getTranslation("report.day"));
        day.setValue(LocalDate.now(clock));
        day.setMax(LocalDate.now(clock));
        day.addValueChangeListener(change -> refresh());
        report.setId("report-grid");
        report.addColumn(ClinicDayReport::clinicName).setHeader(getTranslation("report.clinic")).setAutoWidth(true);
        report.addColumn(ClinicDayReport::tickets).setHeader(getTranslation("report.tickets"));
        report.addColumn(ClinicDayReport::priority).setHeader(getTranslation("category.PRIORITY"));
        report.addColumn(ClinicDayReport::general).setHeader(getTranslation("category.GENERAL"));
        report.addColumn(ClinicDayReport::bpjs).setHeader(getTranslation("report.bpjs"));
        report.addColumn(ClinicDayReport::umum).setHeader(getTranslation("report.umum"));
        report.addColumn(ClinicDayReport::served).setHeader(getTranslation("report.served"));
        report.addColumn(ClinicDayReport::skipped).setHeader(getTranslation("report.skipped"));
        report.addColumn(row -> minutes(row.averageWait())).setHeader(getTranslation("report.wait.average"));
        report.addColumn(row -> minutes(row.waitP90())).setHeader(getTranslation("report.wait.p90"));
        report.addColumn(row -> minutes(row.averageService())).setHeader(getTranslation("report.service.average"));
        report.setAllRowsVisible(true);
        notifications.setId("notification-grid");
        notifications.addColumn(TurnNotificationView::ticketNumber)
                     .setHeader(getTranslation("report.notifications.number")).setAutoWidth(true);
        notifications.addColumn(TurnNotificationView::clinicName)
                     .setHeader(getTranslation("report.notifications.clinic")).setAutoWidth(true);
        notifications.addColumn(TurnNotificationView::phone)
                     .setHeader(getTranslation("report.notifications.phone")).setAutoWidth(true);
        notifications.addColumn(this::status).setHeader(getTranslation("report.notifications.status"))
                     .setAutoWidth(true);
        notifications.addColumn(TurnNotificationView::attempts)
                     .setHeader(getTranslation("report.notifications.attempts"));
        notifications.addColumn(row -> row.lastError() == null ? "—" : row.lastError())
                     .setHeader(getTranslation("report.notifications.error")).setFlexGrow(1);
        notifications.setAllRowsVisible(true);
        add(new H2(getTranslation("report.title")), day, report,
                new H3(getTranslation("report.notifications.title")), notifications);
        refresh();
    }

    void refresh() {
        List<ClinicDayReport> rows = day.getValue() == null ? List.of() : reports.report(day.getValue());
        report.setItems(rows);
        notifications.setItems(day.getValue() == null ? List.of() : reports.notifications(day.getValue()));
    }

    String status(TurnNotificationView notification) {
        return getTranslation("notification-status." + notification.status().name());
    }

    private String minutes(Duration duration) {
        return duration == null ? "—" : getTranslation("report.minutes", Math.round(duration.toSeconds() / 60.0));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.title");
    }
}
