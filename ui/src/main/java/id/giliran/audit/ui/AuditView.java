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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.giliran.api.audit.AuditEntryView;
import id.giliran.api.audit.FindAuditEntriesQuery;
import id.giliran.infrastructure.GiliranProperties;
import id.giliran.ui.ErrorText;
import jakarta.annotation.security.RolesAllowed;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** ADMIN and AUDITOR: who did what, to which aggregate, when, from where, and with what outcome. */
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
    final Grid<AuditEntryView> entries = new Grid<>();

    public AuditView(AuditService audit, GiliranProperties properties) {
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
        Button search = new Button(getTranslation("audit.search"), click -> search());
        search.setId("audit-search");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout filters = new HorizontalLayout(user, action, from, to, aggregate, search);
        filters.setAlignItems(Alignment.END);
        filters.setWrap(true);

        entries.setId("audit-entries");
        entries.addColumn(entry -> WHEN.format(entry.at().atZone(zone))).setHeader(getTranslation("audit.column.at"))
               .setAutoWidth(true);
        entries.addColumn(AuditEntryView::username).setHeader(getTranslation("audit.column.user")).setAutoWidth(true);
        entries.addColumn(AuditEntryView::roles).setHeader(getTranslation("audit.column.roles"));
        entries.addColumn(AuditEntryView::clientAddress).setHeader(getTranslation("audit.column.address"));
        entries.addColumn(AuditEntryView::action).setHeader(getTranslation("audit.column.action")).setAutoWidth(true);
        entries.addColumn(AuditEntryView::aggregateId).setHeader(getTranslation("audit.column.aggregate"));
        entries.addColumn(entry -> entry.succeeded() ? getTranslation("audit.succeeded")
                       : getTranslation("audit.failed") + (entry.errorCode() == null ? "" : " (" + entry.errorCode() + ")"))
               .setHeader(getTranslation("audit.column.outcome")).setAutoWidth(true);
        entries.setSizeFull();

        add(new H2(getTranslation("audit.title")), new id.giliran.operations.ui.ReplayNotice("audit-trail"), filters, entries);
        setSizeFull();
        search();
    }

    void search() {
        if (from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue())) {
            Notification.show(getTranslation("audit.range.invalid"), 4000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        try {
            entries.setItems(audit.find(new FindAuditEntriesQuery(user.getValue(), action.getValue(), from.getValue(),
                    to.getValue(), aggregate.getValue(), AuditService.PAGE)));
        } catch (RuntimeException failure) {
            ErrorText.show(this, failure);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
