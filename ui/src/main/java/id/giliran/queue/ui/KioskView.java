package id.giliran.queue.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import id.giliran.api.queue.ArrivalChannel;
import id.giliran.api.queue.TicketStatus;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.giliran.api.masterdata.ClinicView;
import id.giliran.api.queue.PaymentType;
import id.giliran.api.queue.PriorityReason;
import id.giliran.api.queue.QueueSettingsView;
import id.giliran.api.queue.TicketCategory;
import id.giliran.api.queue.TicketView;
import id.giliran.api.device.DeviceKind;
import id.giliran.device.ui.DeviceGate;
import id.giliran.device.ui.DeviceRefusedView;
import id.giliran.infrastructure.RateLimits;
import id.giliran.infrastructure.GiliranProperties;
import id.giliran.ui.ErrorText;
import id.giliran.ui.Formats;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kiosk in the entrance hall: a patient takes a ticket with a few large taps (category and
 * priority reason, payment, clinic) and sees it. No login; nothing personal is asked or shown.
 * Every ticket and booking code counts against this kiosk's rate limit ({@link KioskService#takeTicket(TicketRequest,
 * DeviceGate.Standing)}); while devices are required, only an enrolled kiosk opens it. One file past 300 lines: its
 * screens are one flow of steps that share the choices made so far.
 */
@Route(value = "kiosk", autoLayout = false)
@AnonymousAllowed
public class KioskView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final KioskService kiosk;
    private final BookingService bookings;
    private final DeviceGate gate;
    private final ZoneId zone;
    private final int idleMillis;
    private final String facilityName;
    private final Div step = new Div();

    private TicketCategory category;
    private PriorityReason priorityReason;
    private PaymentType payment;

    public KioskView(KioskService kiosk, BookingService bookings, DeviceGate gate, GiliranProperties properties) {
        this.kiosk = kiosk;
        this.bookings = bookings;
        this.gate = gate;
        this.zone = properties.zone();
        this.idleMillis = properties.kioskIdleSeconds() * 1000;
        this.facilityName = properties.facilityName();
        addClassName("giliran-kiosk");
        H1 heading = new H1(properties.facilityName());
        heading.addClassName("giliran-kiosk-facility");
        step.addClassName("giliran-kiosk-step");
        add(heading, step);
        showCategories();
    }

    private void showCategories() {
        category = null;
        priorityReason = null;
        payment = null;
        if (!kiosk.isOpenNow()) {
            showClosed();
            return;
        }
        show("kiosk.category.question",
                choice(getTranslation("kiosk.category.priority"), getTranslation("kiosk.category.priority.hint"),
                        "kiosk-priority",
                        () -> {
                            category = TicketCategory.PRIORITY;
                            showReasons();
                        }),
                choice(getTranslation("kiosk.category.general"), getTranslation("kiosk.category.general.hint"),
                        "kiosk-general",
                        () -> {
                            category = TicketCategory.GENERAL;
                            showPayments();
                        }),
                arrivalChoice());
        stopIdleTimer();
    }

    private void showReasons() {
        Component[] reasons = Arrays.stream(PriorityReason.values())
                .map(reason -> choice(getTranslation("priority-reason." + reason.name()), null,
                        "kiosk-reason-" + reason.name().toLowerCase(), () -> {
                            priorityReason = reason;
                            showPayments();
                        }))
                .toArray(Component[]::new);
        show("kiosk.reason.question", reasons);
        step.add(back(this::showCategories));
    }

    private void showPayments() {
        show("kiosk.payment.question",
                choice(getTranslation("payment.BPJS"), getTranslation("kiosk.payment.bpjs.hint"), "kiosk-payment-bpjs", () -> {
                    payment = PaymentType.BPJS;
                    showClinics();
                }),
                choice(getTranslation("payment.UMUM"), getTranslation("kiosk.payment.umum.hint"), "kiosk-payment-umum", () -> {
                    payment = PaymentType.UMUM;
                    showClinics();
                }));
        step.add(back(category == TicketCategory.PRIORITY ? this::showReasons : this::showCategories));
    }

    private void showClosed() {
        step.removeAll();
        H2 closed = new H2(getTranslation("kiosk.closed"));
        closed.setId("kiosk-closed");
        step.add(closed);
        QueueSettingsView settings = kiosk.settings();
        if (settings.opensAt() != null) {
            step.add(new Paragraph(getTranslation("kiosk.closed.hours", settings.opensAt(), settings.closesAt())));
        }
        // patients who booked online may confirm their arrival before the kiosk opens
        step.add(new Div(arrivalChoice()));
        restartIdleTimer();
    }

    private Button arrivalChoice() {
        return choice(getTranslation("kiosk.arrival"), getTranslation("kiosk.arrival.hint"), "kiosk-arrival",
                this::showArrival);
    }

    /** A patient who booked online types the booking code, or scans its QR code (the scanner types it). */
    private void showArrival() {
        restartIdleTimer();
        step.removeAll();
        TextField code = new TextField();
        code.setId("kiosk-booking-code");
        code.addClassName("giliran-kiosk-code");
        code.setPlaceholder("K7M2 Q9XA");
        code.setAutofocus(true);
        code.setClearButtonVisible(true);
        code.setWidthFull();
        Button find = new Button(getTranslation("kiosk.arrival.find"));
        find.setId("kiosk-booking-find");
        find.addClassName("giliran-kiosk-choice");
        find.addClickShortcut(Key.ENTER);
        find.addClickListener(click -> {
            restartIdleTimer();
            try {
                kiosk.admit(RateLimits.KIOSK_BOOKING_CODES, gate.standing(DeviceKind.KIOSK));
            } catch (RuntimeException refused) {
                refuse(refused);
                return;
            }
            Optional<TicketView> booking = bookings.findBooking(code.getValue());
            if (booking.isEmpty() || booking.get().status() == TicketStatus.CANCELLED) {
                code.setInvalid(true);
                code.setErrorMessage(getTranslation("kiosk.arrival.unknown"));
                code.focus();
                return;
            }
            showBooking(booking.get());
        });
        step.add(new H2(getTranslation("kiosk.arrival.question")), new Paragraph(getTranslation("kiosk.arrival.how")),
                code, find);
        step.add(back(this::showCategories));
    }

    private void showBooking(TicketView booking) {
        if (booking.status() != TicketStatus.BOOKED) {
            // already confirmed (or called): show the ticket again, e.g. to print it
            showTicket(booking);
            return;
        }
        restartIdleTimer();
        step.removeAll();
        Span number = new Span(booking.number());
        number.addClassName("giliran-ticket-number");
        Div card = new Div(new Paragraph(getTranslation("kiosk.arrival.found")), number,
                line("kiosk.ticket.clinic", booking.clinicName()),
                line("kiosk.ticket.payment", getTranslation("payment." + booking.payment().name())));
        card.addClassName("giliran-ticket");
        card.setId("kiosk-booking");
        Button confirm = new Button(getTranslation("kiosk.arrival.confirm"));
        confirm.setId("kiosk-arrival-confirm");
        confirm.addClassName("giliran-kiosk-choice");
        confirm.setDisableOnClick(true);
        confirm.addClickListener(click -> {
            try {
                gate.standing(DeviceKind.KIOSK).require();
                showTicket(bookings.confirmArrival(booking.ticketId(), ArrivalChannel.KIOSK));
            } catch (RuntimeException failure) {
                if (DeviceRefusedView.showIfRefused(failure)) {
                    return;
                }
                ErrorText.show(this, failure);
                showArrival();
            }
        });
        step.add(card, confirm, back(this::showArrival));
    }

    private void showClinics() {
        List<ClinicChoice> clinics = kiosk.clinics();
        Component[] buttons = clinics.stream()
                .map(choice -> {
                    ClinicView clinic = choice.clinic();
                    String hint = getTranslation("kiosk.clinic.prefix", clinic.ticketPrefix())
                            + (choice.left() == null ? ""
                            : " · " + (choice.full() ? getTranslation("kiosk.clinic.full")
                            : getTranslation("kiosk.clinic.left", choice.left())));
                    Button button = choice(clinic.name(), hint, "kiosk-clinic-" + clinic.clinicCode().toLowerCase(),
                            () -> take(clinic));
                    button.setEnabled(!choice.full());
                    // a double tap must not take two tickets: the button stays disabled until the next screen
                    button.setDisableOnClick(true);
                    return button;
                })
                .toArray(Component[]::new);
        show("kiosk.clinic.question", buttons);
        if (clinics.isEmpty()) {
            step.add(new Paragraph(getTranslation("kiosk.clinic.none")));
        }
        step.add(back(this::showPayments));
    }

    private void take(ClinicView clinic) {
        try {
            showTicket(kiosk.takeTicket(new TicketRequest(category, priorityReason, payment, clinic.clinicCode()),
                    gate.standing(DeviceKind.KIOSK)));
        } catch (KioskBusy busy) {
            refuse(busy);
        } catch (RuntimeException failure) {
            if (DeviceRefusedView.showIfRefused(failure)) {
                return;
            }
            ErrorText.show(this, failure);
            if (kiosk.isOpenNow()) {
                showClinics();
            } else {
                showClosed();
            }
        }
    }

    /**
     * A refusal before anything was issued: the calm "wait a moment" screen at the rate limit, the device page for a
     * revoked or unregistered browser, the usual message otherwise.
     */
    private void refuse(RuntimeException refusal) {
        if (refusal instanceof KioskBusy busy) {
            step.removeAll();
            H2 wait = new H2(getTranslation("kiosk.busy"));
            wait.setId("kiosk-busy");
            Paragraph when = new Paragraph(getTranslation("kiosk.busy.when", busy.retryAfterSeconds()));
            when.setId("kiosk-busy-when");
            step.add(wait, when, back(this::showCategories));
            restartIdleTimer();
        } else if (!DeviceRefusedView.showIfRefused(refusal)) {
            ErrorText.show(this, refusal);
            showCategories();
        }
    }

    private void showTicket(TicketView ticket) {
        step.removeAll();
        Div card = new Div();
        card.addClassName("giliran-ticket");
        card.setId("kiosk-ticket");

        Span number = new Span(ticket.number());
        number.addClassName("giliran-ticket-number");
        number.setId("kiosk-ticket-number");
        String categoryText = ticket.category() == TicketCategory.PRIORITY
                ? getTranslation("category.PRIORITY") + " — " + getTranslation("priority-reason." + ticket.priorityReason().name())
                : getTranslation("category.GENERAL");
        String ahead = ticket.waitingAhead() == 0
                ? getTranslation("kiosk.ticket.ahead.none")
                : getTranslation("kiosk.ticket.ahead", ticket.waitingAhead());
        Paragraph aheadLine = new Paragraph(ahead);
        if (ticket.estimatedWaitMinutes() > 0) {
            ahead = ahead + " · " + getTranslation("kiosk.ticket.estimate", ticket.estimatedWaitMinutes());
            aheadLine.setText(ahead);
        }
        aheadLine.setId("kiosk-ticket-ahead");
        aheadLine.addClassName("giliran-ticket-ahead");
        card.add(new Paragraph(facilityName), new Paragraph(getTranslation("kiosk.ticket.heading")), number,
                line("kiosk.ticket.category", categoryText),
                line("kiosk.ticket.clinic", ticket.clinicName()),
                line("kiosk.ticket.payment", getTranslation("payment." + ticket.payment().name())),
                line(ticket.online() ? "kiosk.ticket.booked" : "kiosk.ticket.issued",
                        Formats.date(ticket.serviceDate()) + ", " + Formats.time(ticket.issuedAt(), zone)),
                aheadLine,
                new Paragraph(getTranslation("kiosk.ticket.wait")));
        Button print = new Button(getTranslation("kiosk.ticket.print"),
                click -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("kiosk-print");
        print.addClassName("giliran-kiosk-back");
        Button done = new Button(getTranslation("kiosk.ticket.done"), click -> showCategories());
        done.setId("kiosk-done");
        done.addClassName("giliran-kiosk-choice");
        step.add(card, done, print);
        restartIdleTimer();
    }

    private Paragraph line(String labelKey, String value) {
        Paragraph line = new Paragraph(getTranslation(labelKey) + ": " + value);
        line.addClassName("giliran-ticket-line");
        return line;
    }

    private void show(String questionKey, Component... choices) {
        restartIdleTimer();
        step.removeAll();
        Div grid = new Div(choices);
        grid.addClassName("giliran-kiosk-choices");
        step.add(new H2(getTranslation(questionKey)), grid);
    }

    private Button choice(String label, String hint, String id, Runnable action) {
        Span title = new Span(label);
        title.addClassName("giliran-kiosk-choice-title");
        Div content = new Div(title);
        if (hint != null) {
            Span hintText = new Span(hint);
            hintText.addClassName("giliran-kiosk-hint");
            content.add(hintText);
        }
        Button button = new Button();
        button.getElement().appendChild(content.getElement());
        button.addClickListener(click -> action.run());
        button.setId(id);
        button.addClassName("giliran-kiosk-choice");
        return button;
    }

    private Button back(Runnable action) {
        Button back = new Button(getTranslation("kiosk.back"), click -> action.run());
        back.setId("kiosk-back");
        back.addClassName("giliran-kiosk-back");
        return back;
    }

    /**
     * The kiosk goes back to its start screen after {@code giliran.kiosk-idle-seconds} without a
     * tap, so the next patient never continues someone else's choices or sees their ticket.
     */
    private void restartIdleTimer() {
        getElement().executeJs("clearTimeout(window.__giliranKioskIdle);"
                + "window.__giliranKioskIdle = setTimeout(() => this.$server.idle(), $0)", idleMillis);
    }

    private void stopIdleTimer() {
        getElement().executeJs("clearTimeout(window.__giliranKioskIdle)");
    }

    @ClientCallable
    void idle() {
        showCategories();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DeviceGate.Standing standing = gate.standing(DeviceKind.KIOSK);
        if (standing.allowed()) {
            gate.renew(standing);
        } else {
            event.rerouteTo(DeviceRefusedView.class, standing.refusal().name());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kiosk.title");
    }
}
