package id.giliran.queue.ui;

import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.giliran.api.masterdata.CounterView;
import id.giliran.api.queue.TicketCategory;
import id.giliran.api.queue.TicketView;
import id.giliran.infrastructure.GiliranProperties;
import id.giliran.masterdata.ui.MasterDataService;
import id.giliran.ui.ErrorText;
import id.giliran.ui.Formats;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The front-desk counter (loket): the officer picks the counter they sit at and calls the next
 * ticket, priority first. The waiting list refreshes after every call and on request (it does
 * not poll, so an idle officer's session still times out; live updates come with push).
 */
@Route("loket")
@Menu(title = "menu.loket", order = 1)
@RolesAllowed({"PETUGAS_LOKET", "ADMIN"})
public class LoketView extends VerticalLayout implements HasDynamicTitle {

    static final int WAITING_SHOWN = 50;
    private static final String COUNTER_ATTRIBUTE = LoketView.class.getName() + ".counter";

    private final CallingService calling;
    private final ZoneId zone;
    private final RadioButtonGroup<CounterView> counter = new RadioButtonGroup<>();
    private final Button callNext = new Button();
    private final Span current = new Span();
    private final H3 waitingHeading = new H3();
    private final Grid<TicketView> waiting = new Grid<>();

    public LoketView(CallingService calling, MasterDataService masterData, GiliranProperties properties) {
        this.calling = calling;
        this.zone = properties.zone();
        addClassName("giliran-loket");

        List<CounterView> counters = masterData.counters();
        counter.setId("loket-counter");
        counter.setLabel(getTranslation("loket.counter"));
        counter.setItems(counters);
        counter.setItemLabelGenerator(CounterView::name);
        counter.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                getUI().ifPresent(ui -> ui.getSession().setAttribute(COUNTER_ATTRIBUTE, change.getValue().counterId()));
            }
            callNext.setEnabled(change.getValue() != null);
        });

        callNext.setText(getTranslation("loket.call-next"));
        callNext.setId("loket-call-next");
        callNext.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        callNext.setEnabled(false);
        callNext.setDisableOnClick(true);
        callNext.addClickListener(click -> callNext());

        current.setId("loket-current");
        current.addClassName("giliran-loket-current");
        current.setText(getTranslation("loket.current.none"));

        waiting.setId("loket-waiting");
        waiting.addColumn(TicketView::number).setHeader(getTranslation("loket.column.number")).setAutoWidth(true);
        waiting.addColumn(ticket -> ticket.category() == TicketCategory.PRIORITY
                        ? getTranslation("priority-reason." + ticket.priorityReason().name())
                        : getTranslation("category.GENERAL"))
               .setHeader(getTranslation("loket.column.category"));
        waiting.addColumn(TicketView::clinicName).setHeader(getTranslation("loket.column.clinic"));
        waiting.addColumn(ticket -> getTranslation("payment." + ticket.payment().name()))
               .setHeader(getTranslation("loket.column.payment"));
        waiting.addColumn(ticket -> Formats.time(ticket.issuedAt(), zone))
               .setHeader(getTranslation("loket.column.issued"));
        waiting.setAllRowsVisible(true);

        Button refresh = new Button(getTranslation("loket.refresh"), click -> refreshWaiting());
        refresh.setId("loket-refresh");
        HorizontalLayout controls = new HorizontalLayout(counter, callNext, refresh);
        controls.setAlignItems(Alignment.END);
        add(new H2(getTranslation("loket.title")), controls, new Div(current), waitingHeading, waiting);
        refreshWaiting();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        Object remembered = attachEvent.getSession().getAttribute(COUNTER_ATTRIBUTE);
        if (remembered != null) {
            counter.getListDataView().getItems()
                   .filter(candidate -> candidate.counterId().equals(remembered))
                   .findFirst()
                   .ifPresent(counter::setValue);
        }
    }

    void callNext() {
        CounterView at = counter.getValue();
        try {
            Optional<TicketView> called = calling.callNext(at);
            if (called.isPresent()) {
                TicketView ticket = called.get();
                current.setText(getTranslation("loket.current", ticket.number(), ticket.clinicName(), at.name()));
            } else {
                Notification.show(getTranslation("error.NOTHING_TO_CALL"), 4000, Notification.Position.MIDDLE);
            }
        } catch (RuntimeException failure) {
            Notification.show(ErrorText.of(this, failure), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } finally {
            callNext.setEnabled(counter.getValue() != null);
            refreshWaiting();
        }
    }

    private void refreshWaiting() {
        List<TicketView> tickets = calling.waiting(WAITING_SHOWN);
        waiting.setItems(tickets);
        waitingHeading.setText(getTranslation("loket.waiting", tickets.size()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("loket.title");
    }
}
