package id.giliran.history.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import id.giliran.api.history.EventPage;
import id.giliran.api.history.HistoryRules;
import id.giliran.api.history.RecordKind;
import id.giliran.api.history.RecordRef;
import id.giliran.api.history.TimelineEntry;
import id.giliran.infrastructure.GiliranProperties;
import id.giliran.ui.Formats;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

/**
 * "Riwayat peristiwa" (AUDITOR, ADMIN; read-only): find a record the way a person knows it and open
 * its timeline, or browse the whole event stream by time range, event type and user, page by page.
 */
@Route("audit/riwayat")
@Menu(title = "menu.history", order = 20.5)
@RolesAllowed({"ADMIN", "AUDITOR"})
public class HistoryView extends VerticalLayout implements HasDynamicTitle {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");

    private final HistoryService history;
    private final ZoneId zone;
    final Select<RecordKind> kind = new Select<>();
    final TextField text = new TextField();
    final DatePicker date = new DatePicker();
    final Button find = new Button();
    final DateTimePicker from = new DateTimePicker();
    final DateTimePicker to = new DateTimePicker();
    final TextField eventType = new TextField();
    final TextField user = new TextField();
    final Button show = new Button();
    final Button next = new Button();
    final Grid<TimelineEntry> events = new Grid<>();
    final Span message = new Span();
    private Long nextAfter;

    public HistoryView(HistoryService history, GiliranProperties properties, Clock clock) {
        this.history = history;
        this.zone = properties.zone();
        LocalDate today = LocalDate.now(clock);

        kind.setId("history-kind");
        kind.setLabel(getTranslation("history.find.kind"));
        kind.setItems(RecordKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("history.kind." + value.name()));
        kind.setValue(RecordKind.TICKET);
        text.setId("history-text");
        text.setLabel(getTranslation("history.find.text"));
        text.setClearButtonVisible(true);
        date.setId("history-date");
        date.setLabel(getTranslation("history.find.date"));
        date.setI18n(Formats.datePickerI18n(this));
        date.setValue(today);
        kind.addValueChangeListener(change -> {
            date.setVisible(change.getValue() != null && change.getValue().needsDate());
            text.setHelperText(change.getValue() == null ? null : getTranslation("history.hint." + change.getValue().name()));
        });
        text.setHelperText(getTranslation("history.hint.TICKET"));
        find.setId("history-find");
        find.setText(getTranslation("history.find.button"));
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        find.addClickListener(click -> find());
        HorizontalLayout finder = new HorizontalLayout(kind, text, date, find);
        finder.setAlignItems(Alignment.BASELINE);
        finder.setWrap(true);

        from.setId("history-from");
        from.setLabel(getTranslation("history.browse.from"));
        from.setValue(today.atStartOfDay());
        from.setDatePickerI18n(Formats.datePickerI18n(this));
        to.setId("history-to");
        to.setLabel(getTranslation("history.browse.to"));
        to.setValue(LocalDateTime.now(clock).withSecond(0).withNano(0).plusMinutes(1));
        to.setDatePickerI18n(Formats.datePickerI18n(this));
        eventType.setId("history-event-type");
        eventType.setLabel(getTranslation("history.browse.event-type"));
        eventType.setPlaceholder("TicketCalledEvent");
        user.setId("history-user");
        user.setLabel(getTranslation("history.browse.user"));
        show.setId("history-show");
        show.setText(getTranslation("history.browse.show"));
        show.addClickListener(click -> browse(null));
        next.setId("history-next");
        next.setText(getTranslation("history.browse.next"));
        next.setEnabled(false);
        next.addClickListener(click -> browse(nextAfter));
        HorizontalLayout filters = new HorizontalLayout(from, to, eventType, user, show, next);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWrap(true);

        events.setId("history-events");
        events.addColumn(entry -> WHEN.format(entry.at().atZone(zone))).setHeader(getTranslation("history.column.at"))
              .setAutoWidth(true);
        events.addColumn(entry -> EventLabels.of(this, entry)).setHeader(getTranslation("history.column.event"))
              .setAutoWidth(true);
        events.addComponentColumn(this::recordLink).setHeader(getTranslation("history.column.record")).setAutoWidth(true);
        events.addColumn(entry -> dash(entry.username())).setHeader(getTranslation("history.column.user")).setAutoWidth(true);
        events.addColumn(entry -> dash(entry.clientAddress())).setHeader(getTranslation("history.column.address"));
        events.addColumn(entry -> dash(entry.command())).setHeader(getTranslation("history.column.command"));
        events.addColumn(entry -> entry.position() == null ? "—" : entry.position().toString())
              .setHeader(getTranslation("history.column.position"));
        events.setAllRowsVisible(true);
        message.setId("history-message");

        add(new H2(getTranslation("history.title")), new Paragraph(getTranslation("history.intro")),
                new H3(getTranslation("history.find.title")), finder,
                new H3(getTranslation("history.browse.title")), filters, message, events);
    }

    void find() {
        message.setText("");
        Optional<RecordRef> found;
        try {
            found = history.find(kind.getValue(), text.getValue(), date.getValue());
        } catch (HistoryRules.Refused refused) {
            HistoryMessages.show(this, refused.code());
            return;
        }
        found.ifPresentOrElse(record -> getUI().ifPresent(ui -> ui.navigate(TimelineView.class, record.aggregateId(),
                        record.focusId() == null ? QueryParameters.empty()
                                : QueryParameters.simple(Map.of(TimelineView.FOCUS, record.focusId())))),
                () -> HistoryMessages.show(this, HistoryRules.RECORD_UNKNOWN));
    }

    void browse(Long after) {
        EventPage page;
        try {
            page = history.browse(from.getValue() == null ? null : from.getValue().atZone(zone).toInstant(),
                    to.getValue() == null ? null : to.getValue().atZone(zone).toInstant(), eventType.getValue(),
                    user.getValue(), after);
        } catch (HistoryRules.Refused refused) {
            HistoryMessages.show(this, refused.code());
            return;
        }
        events.setItems(page.entries());
        nextAfter = page.nextAfter();
        next.setEnabled(nextAfter != null);
        message.setText(page.entries().isEmpty() ? getTranslation("history.browse.none")
                : getTranslation("history.browse.shown", page.entries().size()));
    }

    private RouterLink recordLink(TimelineEntry entry) {
        if (entry.aggregateId() == null) {
            return new RouterLink();
        }
        RouterLink link = new RouterLink(entry.aggregateType() + " " + entry.aggregateId(), TimelineView.class,
                entry.aggregateId());
        // a booking's event opens that booking's own timeline inside its counselor's calendar
        String bookingId = entry.field("bookingId");
        if (bookingId != null) {
            link.setQueryParameters(QueryParameters.simple(Map.of(TimelineView.FOCUS, bookingId)));
            link.setText(entry.aggregateType() + " " + entry.aggregateId() + " · " + bookingId);
        }
        link.addClassName("history-record-link");
        return link;
    }

    private static final java.util.regex.Pattern INSTANT =
            java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z");

    /** A value as the screen shows it: an instant in the Puskesmas' zone ("30-11-2026 08:20:00"), empty as "—". */
    static String shown(String value, ZoneId zone) {
        if (value != null && INSTANT.matcher(value).matches()) {
            return WHEN.format(java.time.Instant.parse(value).atZone(zone));
        }
        return dash(value);
    }

    static String dash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("history.title");
    }
}
