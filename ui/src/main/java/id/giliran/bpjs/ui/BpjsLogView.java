package id.giliran.bpjs.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.giliran.api.bpjs.PcareCallCounts;
import id.giliran.api.bpjs.PcareCallLogEntry;
import id.giliran.api.registration.BpjsVisitCounts;
import id.giliran.ui.Formats;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * ADMIN: the bridging log of a day: every PCare call (time, action, endpoint, status, duration, who, outcome),
 * each opening to its masked request and response; and the day's report: PCare visits bridged, failed and
 * pending, and the calls by outcome.
 */
@Route("admin/bpjs-log")
@Menu(title = "menu.bpjs-log", order = 16)
@RolesAllowed("ADMIN")
public class BpjsLogView extends VerticalLayout implements HasDynamicTitle {

    /** The actions of the PCare adapter, as the bridging log names them. */
    static final List<String> ACTIONS = List.of("FIND_PARTICIPANT_BY_CARD", "FIND_PARTICIPANT_BY_NIK", "ADD_VISIT",
            "DELETE_VISIT", "LIST_VISITS", "LIST_CLINICS", "LIST_DOCTORS");
    static final List<String> OUTCOMES = List.of("SUCCESS", "NO_DATA", "FAILURE");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm.ss");

    private final BpjsAdminService bpjs;
    private final ZoneId zone;
    final DatePicker day = new DatePicker();
    final ComboBox<String> action = new ComboBox<>();
    final ComboBox<String> outcome = new ComboBox<>();
    final Paragraph visitReport = new Paragraph();
    final Paragraph callReport = new Paragraph();
    final Grid<PcareCallLogEntry> calls = new Grid<>();

    public BpjsLogView(BpjsAdminService bpjs, Clock clock) {
        this.bpjs = bpjs;
        this.zone = clock.getZone();
        day.setId("bpjs-log-day");
        day.setLabel(getTranslation("report.day"));
        day.setI18n(Formats.datePickerI18n(this));
        day.setValue(LocalDate.now(clock));
        day.setMax(LocalDate.now(clock));
        action.setId("bpjs-log-action");
        action.setLabel(getTranslation("bpjs-log.action"));
        action.setItems(ACTIONS);
        action.setItemLabelGenerator(name -> getTranslation("bpjs-log.action." + name));
        action.setClearButtonVisible(true);
        action.setPlaceholder(getTranslation("bpjs-log.all"));
        outcome.setId("bpjs-log-outcome");
        outcome.setLabel(getTranslation("bpjs-log.outcome"));
        outcome.setItems(OUTCOMES);
        outcome.setItemLabelGenerator(name -> getTranslation("bpjs-log.outcome." + name));
        outcome.setClearButtonVisible(true);
        outcome.setPlaceholder(getTranslation("bpjs-log.all"));
        day.addValueChangeListener(change -> refresh());
        action.addValueChangeListener(change -> refresh());
        outcome.addValueChangeListener(change -> refresh());
        visitReport.setId("bpjs-log-visits");
        callReport.setId("bpjs-log-calls");

        calls.setId("bpjs-log-grid");
        calls.addColumn(call -> TIME.format(call.at().atZone(zone))).setHeader(getTranslation("bpjs-log.time"))
             .setAutoWidth(true).setFlexGrow(0);
        calls.addColumn(call -> getTranslation("bpjs-log.action." + call.action()))
             .setHeader(getTranslation("bpjs-log.action")).setAutoWidth(true);
        calls.addColumn(call -> call.method() + " " + call.endpoint()).setHeader(getTranslation("bpjs-log.endpoint"))
             .setFlexGrow(1);
        calls.addColumn(this::status).setHeader(getTranslation("bpjs-log.status")).setAutoWidth(true);
        calls.addColumn(call -> getTranslation("bpjs-log.millis", call.durationMillis()))
             .setHeader(getTranslation("bpjs-log.duration")).setAutoWidth(true);
        calls.addColumn(this::who).setHeader(getTranslation("bpjs-log.user")).setAutoWidth(true);
        calls.addColumn(this::outcomeText).setHeader(getTranslation("bpjs-log.outcome")).setAutoWidth(true);
        calls.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        calls.setDetailsVisibleOnClick(true);
        calls.setAllRowsVisible(true);

        add(new H2(getTranslation("bpjs-log.title")), new HorizontalLayout(day, action, outcome),
                new H3(getTranslation("bpjs-log.report")), visitReport, callReport,
                new H3(getTranslation("bpjs-log.calls")), new Paragraph(getTranslation("bpjs-log.calls.hint")), calls);
        refresh();
    }

    void refresh() {
        LocalDate date = day.getValue();
        if (date == null) {
            calls.setItems(List.of());
            visitReport.setText("");
            callReport.setText("");
            return;
        }
        BpjsVisitCounts visits = bpjs.visitCounts(date);
        visitReport.setText(getTranslation("bpjs-log.report.visits", visits.bridged(), visits.failed(),
                visits.pending(), visits.deletions()));
        PcareCallCounts counts = bpjs.callCounts(date);
        callReport.setText(getTranslation("bpjs-log.report.calls", counts.total(), counts.outcome("SUCCESS"),
                counts.outcome("NO_DATA"), counts.outcome("FAILURE")));
        calls.setItems(bpjs.callLog(date, action.getValue(), outcome.getValue()));
    }

    String status(PcareCallLogEntry call) {
        if (call.httpStatus() == null) {
            return getTranslation("bpjs-log.no-answer");
        }
        return call.bpjsCode() == null || call.bpjsCode().equals(call.httpStatus())
                ? "HTTP " + call.httpStatus()
                : "HTTP " + call.httpStatus() + " / BPJS " + call.bpjsCode();
    }

    String who(PcareCallLogEntry call) {
        return call.requestedBy() == null ? call.username()
                : getTranslation("bpjs-log.on-behalf", call.username(), call.requestedBy());
    }

    String outcomeText(PcareCallLogEntry call) {
        String text = getTranslation("bpjs-log.outcome." + call.outcome());
        return call.failure() == null ? text : text + " (" + getTranslation("bpjs-log.failure." + call.failure()) + ")";
    }

    Div details(PcareCallLogEntry call) {
        Div details = new Div();
        details.setId("bpjs-log-details-" + call.callId());
        if (call.registrationId() != null) {
            details.add(new Paragraph(getTranslation("bpjs-log.registration", call.registrationId())));
        }
        if (call.bpjsMessage() != null) {
            details.add(new Paragraph(getTranslation("bpjs-log.message", call.bpjsMessage())));
        }
        details.add(new Paragraph(getTranslation("bpjs-log.request")),
                pre(call.requestBody() == null ? getTranslation("bpjs-log.empty") : call.requestBody()),
                new Paragraph(getTranslation("bpjs-log.response")),
                pre(call.responseBody() == null ? getTranslation("bpjs-log.empty") : call.responseBody()));
        return details;
    }

    private static Pre pre(String text) {
        Pre pre = new Pre(text);
        pre.getStyle().set("white-space", "pre-wrap").set("word-break", "break-all").set("margin", "0");
        return pre;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("bpjs-log.title");
    }
}
