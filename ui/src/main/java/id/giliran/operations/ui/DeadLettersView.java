package id.giliran.operations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.giliran.api.common.TextLimit;
import id.giliran.api.operations.DeadLetterView;
import id.giliran.api.operations.EventProcessorView;
import id.giliran.infrastructure.GiliranProperties;
import id.giliran.ui.ErrorText;
import jakarta.annotation.security.RolesAllowed;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * "Dead letter": per processor, the events it could not handle even after its retries in place,
 * parked in order per aggregate (a later event of the same aggregate waits behind the first). ADMIN
 * tries a sequence or all of them again ("Coba lagi") or removes a sequence with a reason
 * ("Keluarkan"); AUDITOR reads. Every action is a command, so it is authorised and audited.
 */
@Route(DeadLettersView.ROUTE)
@Menu(title = "menu.dead-letters", order = 22)
@RolesAllowed({"ADMIN", "AUDITOR"})
public class DeadLettersView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "admin/dead-letter";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");

    private final OperationsService operations;
    private final boolean admin;
    private final ZoneId zone;
    final ComboBox<EventProcessorView> processor = new ComboBox<>();
    final Grid<DeadLetterView> letters = new Grid<>();
    final Button retryAll = new Button();

    public DeadLettersView(OperationsService operations, AuthenticationContext authentication,
                           GiliranProperties properties) {
        this.operations = operations;
        this.admin = authentication.hasRole("ADMIN");
        this.zone = properties.zone();
        processor.setId("dead-letter-processor");
        processor.setLabel(getTranslation("operations.column.group"));
        processor.setItemLabelGenerator(view -> getTranslation("operations.dead-letter.processor",
                view.processingGroup(), view.deadLetters()));
        processor.addValueChangeListener(change -> show());
        retryAll.setText(getTranslation("operations.dead-letter.retry-all"));
        retryAll.setId("dead-letter-retry-all");
        retryAll.addClickListener(click -> retry(null));
        retryAll.setVisible(admin);
        HorizontalLayout top = new HorizontalLayout(processor, retryAll);
        top.setAlignItems(Alignment.END);

        letters.setId("dead-letters");
        letters.addColumn(DeadLetterView::index).setHeader("#").setAutoWidth(true);
        letters.addColumn(DeadLetterView::eventType).setHeader(getTranslation("operations.column.event"))
               .setAutoWidth(true);
        letters.addColumn(letter -> letter.aggregateType() == null ? "" : letter.aggregateType() + " "
                       + letter.aggregateId() + " #" + letter.aggregateSequence())
               .setHeader(getTranslation("operations.column.aggregate")).setAutoWidth(true);
        letters.addColumn(letter -> letter.error() == null
                       ? getTranslation("operations.dead-letter.waiting") : letter.error())
               .setHeader(getTranslation("operations.column.error")).setFlexGrow(1);
        letters.addColumn(DeadLetterView::attempts).setHeader(getTranslation("operations.column.attempts"))
               .setAutoWidth(true);
        letters.addColumn(letter -> when(letter.firstFailure()))
               .setHeader(getTranslation("operations.column.first-failure")).setAutoWidth(true);
        letters.addColumn(letter -> when(letter.lastFailure()))
               .setHeader(getTranslation("operations.column.last-failure")).setAutoWidth(true);
        if (admin) {
            letters.addComponentColumn(this::actions).setAutoWidth(true);
        }
        letters.setSizeFull();
        add(new H2(getTranslation("operations.dead-letter.title")), top, letters);
        setSizeFull();
        reload(null);
    }

    private String when(Instant at) {
        return at == null ? "" : WHEN.format(at.atZone(zone));
    }

    private HorizontalLayout actions(DeadLetterView letter) {
        HorizontalLayout actions = new HorizontalLayout();
        if (letter.index() == 0) {
            Button retry = new Button(getTranslation("operations.dead-letter.retry"), click -> retry(letter.sequenceId()));
            retry.setId("dead-letter-retry-" + letter.sequenceId());
            Button evict = new Button(getTranslation("operations.dead-letter.evict"), click -> askReason(letter));
            evict.setId("dead-letter-evict-" + letter.sequenceId());
            evict.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(retry, evict);
        }
        return actions;
    }

    void retry(String sequenceId) {
        String group = selectedGroup();
        if (group == null) {
            return;
        }
        try {
            int drained = operations.retry(group, sequenceId);
            Notification.show(getTranslation("operations.dead-letter.retried", drained), 4000,
                    Notification.Position.MIDDLE);
        } catch (RuntimeException failure) {
            ErrorText.show(this, failure);
        }
        reload(group);
    }

    void askReason(DeadLetterView letter) {
        Dialog dialog = new Dialog();
        dialog.setId("dead-letter-evict-dialog");
        dialog.setHeaderTitle(getTranslation("operations.dead-letter.evict.title", letter.sequenceId()));
        TextArea reason = new TextArea(getTranslation("operations.dead-letter.reason"));
        reason.setId("dead-letter-reason");
        reason.setMaxLength(TextLimit.DEAD_LETTER_REASON.max());
        reason.setRequired(true);
        reason.setWidthFull();
        Button confirm = new Button(getTranslation("operations.dead-letter.evict"), click -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("error.DEAD_LETTER_REASON_REQUIRED"));
                return;
            }
            evict(letter.sequenceId(), reason.getValue());
            dialog.close();
        });
        confirm.setId("dead-letter-evict-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Span(getTranslation("operations.dead-letter.evict.text")), reason);
        dialog.getFooter().add(new Button(getTranslation("operations.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    void evict(String sequenceId, String reason) {
        String group = selectedGroup();
        try {
            int evicted = operations.evict(group, sequenceId, reason);
            Notification.show(getTranslation("operations.dead-letter.evicted", evicted), 4000,
                    Notification.Position.MIDDLE);
        } catch (RuntimeException failure) {
            ErrorText.show(this, failure);
        }
        reload(group);
    }

    /** Reloads the processors, keeps {@code group} chosen (or the first with parked events). */
    void reload(String group) {
        var views = operations.processors();
        processor.setItems(views);
        views.stream()
             .filter(view -> group != null ? view.processingGroup().equals(group) : view.deadLetters() > 0)
             .findFirst().or(() -> views.stream().findFirst()).ifPresent(processor::setValue);
        show();
    }

    private String selectedGroup() {
        return processor.getValue() == null ? null : processor.getValue().processingGroup();
    }

    private void show() {
        String group = selectedGroup();
        letters.setItems(group == null ? java.util.List.of() : operations.deadLetters(group));
        retryAll.setEnabled(group != null && processor.getValue().deadLetters() > 0);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("operations.dead-letter.title");
    }
}
