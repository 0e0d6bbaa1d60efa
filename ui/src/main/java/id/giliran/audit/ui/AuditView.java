package id.giliran.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.giliran.api.audit.AuditEntryKind;
import id.giliran.api.audit.AuditEntryView;
import id.giliran.api.audit.FindAuditEntriesQuery;
import id.giliran.infrastructure.GiliranProperties;
import id.giliran.ui.ErrorText;
import jakarta.annotation.security.RolesAllowed;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * ADMIN and AUDITOR: who did what (a change, a read of a record, a sign-in, an export), to which
 * aggregate or record, when, from where, and with what outcome; the trail as shown exported to CSV
 * or PDF with its SHA-256 chain, and an exported CSV checked back.
 */
@Route("audit")
@Menu(title = "menu.audit", order = 20)
@RolesAllowed({"ADMIN", "AUDITOR"})
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");

    private final AuditService audit;
    private final ZoneId zone;
    final TextField user = new TextField();
    final TextField action = new TextField();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final TextField aggregate = new TextField();
    final Select<AuditEntryKind> kind = new Select<>();
    final Grid<AuditEntryView> entries = new Grid<>();
    final AuditExportCheck check;
    /** The filter of the entries shown: what the export links write. */
    private volatile FindAuditEntriesQuery shown = new FindAuditEntriesQuery(null, null, null, null, null,
            AuditService.PAGE);
    private volatile String shownText = "";

    public AuditView(AuditService audit, AuditExports exports, GiliranProperties properties) {
        this.audit = audit;
        this.zone = properties.zone();
        user.setLabel(getTranslation("audit.filter.user"));
        user.setId("audit-user");
        action.setLabel(getTranslation("audit.filter.action"));
        action.setId("audit-action");
        from.setLabel(getTranslation("audit.filter.from"));
        to.setLabel(getTranslation("audit.filter.to"));
        aggregate.setLabel(getTranslation("audit.filter.aggregate"));
        aggregate.setId("audit-aggregate");
        kind.setLabel(getTranslation("audit.filter.kind"));
        kind.setId("audit-kind");
        kind.setItems(AuditEntryKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("audit.kind.all"));
        kind.setItemLabelGenerator(choice -> choice == null ? getTranslation("audit.kind.all")
                : getTranslation("audit.kind." + choice.name()));
        Button search = new Button(getTranslation("audit.search"), click -> search());
        search.setId("audit-search");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout filters = new HorizontalLayout(kind, user, action, from, to, aggregate, search);
        filters.setAlignItems(Alignment.END);
        filters.setWrap(true);

        entries.setId("audit-entries");
        entries.addColumn(entry -> WHEN.format(entry.at().atZone(zone))).setHeader(getTranslation("audit.column.at"))
               .setAutoWidth(true);
        entries.addColumn(entry -> entry.kind() == null ? "" : getTranslation("audit.kind." + entry.kind().name()))
               .setHeader(getTranslation("audit.column.kind")).setAutoWidth(true);
        entries.addColumn(AuditEntryView::username).setHeader(getTranslation("audit.column.user")).setAutoWidth(true);
        entries.addColumn(AuditEntryView::roles).setHeader(getTranslation("audit.column.roles"));
        entries.addColumn(AuditEntryView::clientAddress).setHeader(getTranslation("audit.column.address"));
        entries.addColumn(AuditEntryView::action).setHeader(getTranslation("audit.column.action")).setAutoWidth(true);
        entries.addColumn(AuditEntryView::aggregateId).setHeader(getTranslation("audit.column.aggregate"));
        entries.addColumn(entry -> entry.succeeded() ? getTranslation("audit.succeeded")
                       : getTranslation("audit.failed") + (entry.errorCode() == null ? "" : " (" + entry.errorCode() + ")"))
               .setHeader(getTranslation("audit.column.outcome")).setAutoWidth(true);
        entries.setSizeFull();

        HorizontalLayout downloads = new HorizontalLayout(
                exports.link(AuditExports.Format.CSV, () -> shown, () -> shownText, getTranslation("audit.export.csv")),
                exports.link(AuditExports.Format.PDF, () -> shown, () -> shownText, getTranslation("audit.export.pdf")),
                new com.vaadin.flow.component.html.Span(getTranslation("audit.export.hint")));
        downloads.setAlignItems(Alignment.CENTER);
        check = new AuditExportCheck(audit, zone);

        add(new H2(getTranslation("audit.title")), new id.giliran.operations.ui.ReplayNotice("audit-trail"), filters, downloads, entries, check);
        setSizeFull();
        search();
    }

    void search() {
        if (from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue())) {
            Notification.show(getTranslation("audit.range.invalid"), 4000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        FindAuditEntriesQuery filter = new FindAuditEntriesQuery(user.getValue(), action.getValue(), from.getValue(),
                to.getValue(), aggregate.getValue(), kind.getValue(), null, AuditService.PAGE);
        try {
            entries.setItems(audit.find(filter));
            shown = filter;
            shownText = AuditFilterText.of(filter, this::getTranslation);
        } catch (RuntimeException failure) {
            ErrorText.show(this, failure);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
