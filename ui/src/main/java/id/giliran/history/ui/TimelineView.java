package id.giliran.history.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.WildcardParameter;
import id.giliran.api.history.HistoryRules;
import id.giliran.api.history.StateAsOf;
import id.giliran.api.history.StateField;
import id.giliran.api.history.Timeline;
import id.giliran.api.history.TimelineEntry;
import id.giliran.infrastructure.GiliranProperties;
import id.giliran.ui.Formats;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * One record's timeline (AUDITOR, ADMIN; read-only): every event with its time, Indonesian label,
 * who and from where, the command that caused it and its fields; "Keadaan pada" beside the state
 * now, changed fields marked; exports to CSV and PDF with their chained digest.
 */
@Route("audit/riwayat/linimasa")
@RolesAllowed({"ADMIN", "AUDITOR"})
public class TimelineView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    static final String FOCUS = "fokus";

    private final HistoryService history;
    private final TimelineExports exports;
    private final ZoneId zone;
    private final Clock clock;
    final H2 title = new H2();
    final Grid<TimelineEntry> entries = new Grid<>();
    final DateTimePicker asOf = new DateTimePicker();
    final Button showState = new Button();
    final Paragraph stateSummary = new Paragraph();
    final Grid<StateField> state = new Grid<>();
    final HorizontalLayout exportLinks = new HorizontalLayout();
    private String aggregateId;
    private String focusId;

    public TimelineView(HistoryService history, TimelineExports exports, GiliranProperties properties, Clock clock) {
        this.history = history;
        this.exports = exports;
        this.zone = properties.zone();
        this.clock = clock;
        title.setId("timeline-title");
        entries.setId("timeline-entries");
        entries.addColumn(entry -> entry.sequence()).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        entries.addColumn(entry -> HistoryView.WHEN.format(entry.at().atZone(zone)))
               .setHeader(getTranslation("history.column.at")).setAutoWidth(true).setFlexGrow(0);
        entries.addColumn(entry -> EventLabels.of(this, entry)).setHeader(getTranslation("history.column.event"))
               .setAutoWidth(true);
        entries.addComponentColumn(TimelineView::who).setHeader(getTranslation("history.column.user")).setAutoWidth(true);
        entries.addColumn(entry -> HistoryView.dash(entry.clientAddress()))
               .setHeader(getTranslation("history.column.address")).setAutoWidth(true);
        entries.addColumn(entry -> HistoryView.dash(entry.command()))
               .setHeader(getTranslation("history.column.command")).setAutoWidth(true);
        // each event's fields under its row, full width: they are the longest part
        entries.setItemDetailsRenderer(new ComponentRenderer<>(entry -> fields(entry, zone)));
        entries.setAllRowsVisible(true);

        asOf.setId("timeline-as-of");
        asOf.setLabel(getTranslation("history.state.at"));
        asOf.setDatePickerI18n(Formats.datePickerI18n(this));
        asOf.setStep(java.time.Duration.ofSeconds(1));
        showState.setId("timeline-show-state");
        showState.setText(getTranslation("history.state.show"));
        showState.addClickListener(click -> showState());
        HorizontalLayout stateForm = new HorizontalLayout(asOf, showState);
        stateForm.setAlignItems(Alignment.BASELINE);
        stateSummary.setId("timeline-state-summary");
        state.setId("timeline-state");
        state.addColumn(StateField::name).setHeader(getTranslation("history.state.field")).setAutoWidth(true);
        state.addComponentColumn(field -> marked(HistoryView.shown(field.then(), zone), field.changed()))
             .setHeader(getTranslation("history.state.then"));
        state.addComponentColumn(field -> marked(HistoryView.shown(field.now(), zone), field.changed()))
             .setHeader(getTranslation("history.state.now"));
        state.addComponentColumn(field -> marked(field.changed() ? getTranslation("history.state.changed") : "",
                     field.changed()))
             .setHeader(getTranslation("history.state.change")).setAutoWidth(true);
        state.setPartNameGenerator(field -> field.changed() ? "history-changed" : null);
        state.setAllRowsVisible(true);
        state.setVisible(false);
        exportLinks.setId("timeline-exports");

        add(new RouterLink(getTranslation("history.back"), HistoryView.class), title, exportLinks, entries,
                new H3(getTranslation("history.state.title")), new Paragraph(getTranslation("history.state.intro")),
                stateForm, stateSummary, state);
    }

    @Override
    public void setParameter(BeforeEvent event, @WildcardParameter String parameter) {
        aggregateId = parameter == null ? "" : parameter.strip();
        focusId = event.getLocation().getQueryParameters().getSingleParameter(FOCUS).orElse(null);
        Optional<Timeline> found = aggregateId.isEmpty() ? Optional.empty() : history.timeline(aggregateId, focusId);
        asOf.setValue(LocalDateTime.now(clock).withNano(0));
        if (found.isEmpty()) {
            title.setText(getTranslation("history.timeline.unknown", aggregateId));
            entries.setItems(List.of());
            exportLinks.removeAll();
            showState.setEnabled(false);
            HistoryMessages.show(this, HistoryRules.RECORD_UNKNOWN);
            return;
        }
        Timeline timeline = found.get();
        title.setText(getTranslation("history.timeline.title", timeline.aggregateType(),
                focusId == null ? aggregateId : focusId + " (" + aggregateId + ")"));
        entries.setItems(timeline.entries());
        timeline.entries().forEach(entry -> entries.setDetailsVisible(entry, true));
        showState.setEnabled(true);
        exportLinks.removeAll();
        exports.links(aggregateId, focusId, entry -> EventLabels.of(this, entry)).forEach(exportLinks::add);
    }

    void showState() {
        LocalDateTime at = asOf.getValue();
        Optional<StateAsOf> found;
        try {
            found = history.stateAsOf(aggregateId, focusId, at == null ? null : at.atZone(zone).toInstant());
        } catch (HistoryRules.Refused refused) {
            HistoryMessages.show(this, refused.code());
            return;
        }
        if (found.isEmpty()) {
            HistoryMessages.show(this, HistoryRules.RECORD_UNKNOWN);
            return;
        }
        StateAsOf then = found.get();
        long changed = then.fields().stream().filter(StateField::changed).count();
        stateSummary.setText(then.eventsThen() == 0 ? getTranslation("history.state.none", Formats.time(at))
                : getTranslation("history.state.summary", HistoryView.WHEN.format(at), then.eventsThen(),
                then.eventsNow(), changed));
        state.setItems(then.fields());
        state.setVisible(true);
    }

    /** Who did it, their roles in small print under the name. */
    private static Div who(TimelineEntry entry) {
        Span roles = new Span(entry.roles() == null ? "" : entry.roles());
        roles.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
        return new Div(new Div(HistoryView.dash(entry.username())), roles);
    }

    /** A changed field stands out: bold, in the warning colour, beside the unchanged ones. */
    private static Span marked(String text, boolean changed) {
        Span span = new Span(text);
        if (changed) {
            span.addClassName("history-changed");
            span.getStyle().set("font-weight", "600").set("color", "var(--lumo-error-text-color)");
        }
        return span;
    }

    private static Div fields(TimelineEntry entry, ZoneId zone) {
        Div lines = new Div();
        lines.addClassName("history-fields");
        lines.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)")
             .set("padding", "0 var(--lumo-space-m) var(--lumo-space-s) 3rem").set("column-width", "22rem");
        entry.fields().forEach(field -> lines.add(new Div(new Span(field.name() + ": "),
                new Span(HistoryView.shown(field.value(), zone)))));
        return lines;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("history.timeline.page-title");
    }
}
