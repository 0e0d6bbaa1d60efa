package id.giliran.queue.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import id.giliran.document.ui.DocumentService;
import id.giliran.patient.ui.PatientService;
import id.giliran.registration.ui.RegistrationPanel;
import id.giliran.registration.ui.RegistrationService;
import java.time.Clock;
import java.time.LocalDate;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.giliran.api.masterdata.CounterView;
import id.giliran.api.queue.TicketCategory;
import id.giliran.api.queue.TicketStatus;
import id.giliran.api.queue.TicketView;
import id.giliran.identity.security.Callers;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import id.giliran.infrastructure.GiliranProperties;
import id.giliran.masterdata.ui.MasterDataService;
import id.giliran.ui.ErrorText;
import id.giliran.ui.Formats;
import jakarta.annotation.security.RolesAllowed;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The front-desk counter (loket): the officer picks the counter they sit at, calls the next
 * ticket (by the configured ratio), recalls it, marks the patient absent (skipped, to call back
 * later), starts serving and finishes (the ticket goes on to registration), or calls a specific
 * waiting or skipped ticket. Everything on the screen follows the queue live: a subscription
 * query tells the view of every change and the server pushes the new lists (no polling, so an idle
 * officer's session still times out).
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
    final Button recall = new Button();
    final Button skip = new Button();
    final Button serve = new Button();
    final Button finish = new Button();
    private final H3 waitingHeading = new H3();
    final Grid<TicketView> waiting = new Grid<>();
    private final H3 skippedHeading = new H3();
    final Grid<TicketView> skipped = new Grid<>();
    private TicketView currentTicket;
    private final PatientService patients;
    private final RegistrationService registrations;
    private final MasterDataService masterData;
    private final DocumentService documents;
    private final Clock clock;
    /** The registration of the ticket being served, beside the queue (wireframe 8.3). */
    final Div registrationHolder = new Div();
    private String registrationTicketId;

    public LoketView(CallingService calling, MasterDataService masterData, GiliranProperties properties,
                     PatientService patients, RegistrationService registrations, DocumentService documents,
                     Clock clock) {
        this.calling = calling;
        this.zone = properties.zone();
        this.patients = patients;
        this.registrations = registrations;
        this.masterData = masterData;
        this.documents = documents;
        this.clock = clock;
        addClassName("giliran-loket");

        counter.setId("loket-counter");
        counter.setLabel(getTranslation("loket.counter"));
        counter.setItems(masterData.counters());
        counter.setItemLabelGenerator(CounterView::name);
        counter.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                getUI().ifPresent(ui -> ui.getSession().setAttribute(COUNTER_ATTRIBUTE, change.getValue().counterId()));
            }
            show(change.getValue() == null ? Optional.empty() : calling.current(change.getValue()));
        });

        callNext.setText(getTranslation("loket.call-next"));
        callNext.setId("loket-call-next");
        callNext.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        callNext.setDisableOnClick(true);
        callNext.addClickListener(click -> callNext());
        Button refresh = new Button(getTranslation("loket.refresh"), click -> refresh());
        refresh.setId("loket-refresh");

        current.setId("loket-current");
        current.addClassName("giliran-loket-current");
        action(recall, "loket-recall", "loket.recall", () -> calling.recall(currentTicket));
        action(skip, "loket-skip", "loket.skip", () -> calling.skip(currentTicket));
        action(serve, "loket-serve", "loket.serve", () -> calling.startServing(currentTicket));
        action(finish, "loket-finish", "loket.finish", () -> calling.finish(currentTicket));
        HorizontalLayout ticketActions = new HorizontalLayout(recall, skip, serve, finish);

        configure(waiting, "loket-waiting");
        configure(skipped, "loket-skipped");

        HorizontalLayout controls = new HorizontalLayout(counter, callNext, refresh);
        controls.setAlignItems(Alignment.END);
        registrationHolder.setId("loket-registration");
        registrationHolder.setWidthFull();
        VerticalLayout queue = new VerticalLayout(controls, waitingHeading, waiting, skippedHeading, skipped);
        queue.setPadding(false);
        VerticalLayout desk = new VerticalLayout(new Div(current), ticketActions, registrationHolder);
        desk.setPadding(false);
        SplitLayout columns = new SplitLayout(queue, desk);
        columns.setSplitterPosition(38);
        columns.setWidthFull();
        add(new H2(getTranslation("loket.title")), new id.giliran.operations.ui.ReplayNotice("queue-tickets"), columns);
        show(Optional.empty());
        refresh();
    }

    private void configure(Grid<TicketView> grid, String id) {
        grid.setId(id);
        grid.addColumn(TicketView::number).setHeader(getTranslation("loket.column.number")).setAutoWidth(true);
        grid.addColumn(ticket -> ticket.category() == TicketCategory.PRIORITY
                    ? getTranslation("priority-reason." + ticket.priorityReason().name())
                    : getTranslation("category.GENERAL"))
            .setHeader(getTranslation("loket.column.category"));
        grid.addColumn(TicketView::clinicName).setHeader(getTranslation("loket.column.clinic"));
        grid.addColumn(ticket -> getTranslation("payment." + ticket.payment().name()))
            .setHeader(getTranslation("loket.column.payment"));
        grid.addColumn(ticket -> Formats.time(ticket.issuedAt(), zone)).setHeader(getTranslation("loket.column.issued"));
        grid.addComponentColumn(ticket -> {
            Button call = new Button(getTranslation("loket.call-this"), click -> callThis(ticket));
            call.addThemeVariants(ButtonVariant.LUMO_SMALL);
            call.setEnabled(counter.getValue() != null);
            return call;
        }).setKey("call").setAutoWidth(true);
        grid.setAllRowsVisible(true);
    }

    private void action(Button button, String id, String labelKey, Supplier<TicketView> act) {
        button.setId(id);
        button.setText(getTranslation(labelKey));
        button.addClickListener(click -> perform(() -> {
            TicketView changed = act.get();
            show(changed.status() == TicketStatus.FINISHED || changed.status() == TicketStatus.SKIPPED
                    ? Optional.of(changed) : calling.current(counter.getValue()));
            if (changed.status() == TicketStatus.CALLED && button == recall) {
                notify(getTranslation("loket.recalled", changed.number()));
            }
        }));
    }

    private AutoCloseable liveUpdates;

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (liveUpdates != null) {
            try {
                liveUpdates.close();
            } catch (Exception ignored) {
                // closing a subscription does not fail in a way the officer could act on
            }
            liveUpdates = null;
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        // updates arrive on an event processor's thread: the view reads as the officer who opened it
        Authentication officer = SecurityContextHolder.getContext().getAuthentication();
        liveUpdates = calling.watch(() -> ui.access(() -> Callers.runAs(officer, () -> {
            refresh();
            if (currentTicket != null && counter.getValue() != null) {
                show(calling.current(counter.getValue()));
            }
        })));
        Object remembered = attachEvent.getSession().getAttribute(COUNTER_ATTRIBUTE);
        if (remembered != null) {
            counter.getListDataView().getItems()
                   .filter(candidate -> candidate.counterId().equals(remembered))
                   .findFirst()
                   .ifPresent(counter::setValue);
        }
    }

    void callNext() {
        perform(() -> {
            Optional<TicketView> called = calling.callNext(counter.getValue());
            if (called.isPresent()) {
                show(called);
            } else {
                notify(getTranslation("error.NOTHING_TO_CALL"));
            }
        });
    }

    private void callThis(TicketView ticket) {
        perform(() -> show(Optional.of(calling.call(ticket, counter.getValue()))));
    }

    private void perform(Runnable act) {
        try {
            act.run();
        } catch (RuntimeException failure) {
            ErrorText.show(this, failure);
        } finally {
            callNext.setEnabled(counter.getValue() != null);
            refresh();
        }
    }

    private void notify(String text) {
        Notification.show(text, 4000, Notification.Position.MIDDLE);
    }

    /** Shows the counter's current ticket and offers only the actions its state allows. */
    private void show(Optional<TicketView> ticket) {
        currentTicket = ticket.orElse(null);
        TicketStatus status = currentTicket == null ? null : currentTicket.status();
        current.setText(currentTicket == null
                ? getTranslation("loket.current.none")
                : getTranslation("loket.current." + status.name(), currentTicket.number(), currentTicket.clinicName(),
                counter.getValue() == null ? "" : counter.getValue().name()));
        recall.setEnabled(status == TicketStatus.CALLED);
        skip.setEnabled(status == TicketStatus.CALLED);
        serve.setEnabled(status == TicketStatus.CALLED);
        finish.setEnabled(status == TicketStatus.SERVING);
        callNext.setEnabled(counter.getValue() != null);
        showRegistration(status);
    }

    /** The registration panel for the ticket being served; kept while the same ticket stays on the counter. */
    private void showRegistration(TicketStatus status) {
        boolean registering = currentTicket != null
                && (status == TicketStatus.SERVING || status == TicketStatus.DIRECTED_TO_CLINIC);
        if (registering && currentTicket.ticketId().equals(registrationTicketId)) {
            return;
        }
        registrationHolder.removeAll();
        registrationTicketId = null;
        if (registering) {
            registrationTicketId = currentTicket.ticketId();
            registrationHolder.add(new RegistrationPanel(currentTicket, patients, registrations, masterData, documents,
                    zone, LocalDate.now(clock), () -> show(calling.current(counter.getValue()))));
        } else if (status == TicketStatus.CALLED) {
            registrationHolder.add(new Paragraph(getTranslation("registration.start-serving")));
        }
    }

    private void refresh() {
        List<TicketView> waitingTickets = calling.waiting(WAITING_SHOWN);
        waiting.setItems(waitingTickets);
        waitingHeading.setText(getTranslation("loket.waiting", waitingTickets.size()));
        List<TicketView> skippedTickets = calling.skipped();
        skipped.setItems(skippedTickets);
        skippedHeading.setText(getTranslation("loket.skipped", skippedTickets.size()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("loket.title");
    }
}
