package id.giliran.queue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.giliran.api.queue.ArrivalChannel;
import id.giliran.api.queue.TicketCategory;
import id.giliran.api.queue.TicketStatus;
import id.giliran.api.queue.TicketView;
import id.giliran.ui.ErrorText;
import id.giliran.ui.Formats;
import id.giliran.ui.Polling;
import id.giliran.ui.QrCodes;
import jakarta.annotation.security.RolesAllowed;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * PASIEN: my tickets from today on — number, booking code with its QR for the kiosk, how many are
 * ahead, "I have arrived" on the day, cancel before arrival — and a notice when my turn is near.
 * Refreshes itself while open; sized for a phone.
 */
@Route("antrean-saya")
@Menu(title = "menu.my-tickets", order = 3)
@RolesAllowed("PASIEN")
public class MyTicketsView extends VerticalLayout implements HasDynamicTitle {

    /** How often the page asks the queue for news while it is open. */
    static final int REFRESH_MILLIS = 5000;

    private final BookingService bookings;
    private final Div list = new Div();
    /** Tickets this page already told the patient are near, so the notice pops up once. */
    private final Set<String> toldNear = new HashSet<>();

    public MyTicketsView(BookingService bookings) {
        this.bookings = bookings;
        addClassName("giliran-mobile");
        list.setId("my-tickets");
        list.setWidthFull();
        Anchor book = new Anchor("antrean-online", getTranslation("mine.book"));
        book.setId("mine-book");
        add(new H2(getTranslation("mine.title")), book, list);
        refresh();
        Polling.whileAttached(this, REFRESH_MILLIS, this::refresh);
    }

    void refresh() {
        List<TicketView> tickets = bookings.myTickets();
        list.removeAll();
        if (tickets.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("mine.none"));
            none.setId("mine-none");
            list.add(none);
        }
        int notifyAhead = bookings.notifyAhead();
        for (TicketView ticket : tickets) {
            list.add(card(ticket, notifyAhead));
        }
    }

    private Div card(TicketView ticket, int notifyAhead) {
        Div card = new Div();
        card.addClassName("giliran-ticket");
        card.addClassName("giliran-my-ticket");
        card.setId("mine-" + ticket.number());

        Span number = new Span(ticket.number());
        number.addClassName("giliran-ticket-number");
        Span status = new Span(getTranslation("mine.status." + ticket.status().name()));
        status.addClassName("giliran-status");
        status.getElement().setAttribute("theme", "badge " + switch (ticket.status()) {
            case BOOKED, WAITING -> "";
            case CALLED, SERVING -> "success";
            case CANCELLED, SKIPPED -> "error";
            case FINISHED, DIRECTED_TO_CLINIC -> "contrast";
        });
        String categoryText = ticket.category() == TicketCategory.PRIORITY
                ? getTranslation("category.PRIORITY") + " — " + getTranslation("priority-reason." + ticket.priorityReason().name())
                : getTranslation("category.GENERAL");
        card.add(number, status,
                new Paragraph(ticket.clinicName() + " · " + Formats.date(ticket.serviceDate())),
                new Paragraph(categoryText + " · " + getTranslation("payment." + ticket.payment().name())));

        boolean today = ticket.serviceDate().equals(bookings.today());
        if (ticket.status() == TicketStatus.BOOKED) {
            Paragraph code = new Paragraph(getTranslation("mine.code", spaced(ticket.bookingCode())));
            code.addClassName("giliran-booking-code");
            card.add(QrCodes.image(ticket.bookingCode(), getTranslation("mine.code.qr")), code,
                    new Paragraph(getTranslation(today ? "mine.arrive.today" : "mine.arrive.later")));
            if (today) {
                Button arrived = new Button(getTranslation("mine.arrived"), click -> arrive(ticket));
                arrived.setId("mine-arrived-" + ticket.number());
                arrived.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                arrived.setDisableOnClick(true);
                card.add(arrived);
            }
            Button cancel = new Button(getTranslation("mine.cancel"), click -> confirmCancel(ticket));
            cancel.setId("mine-cancel-" + ticket.number());
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            card.add(cancel);
        }
        if (ticket.status() == TicketStatus.WAITING && today) {
            String ahead = ticket.waitingAhead() == 0 ? getTranslation("kiosk.ticket.ahead.none")
                    : getTranslation("kiosk.ticket.ahead", ticket.waitingAhead());
            if (ticket.estimatedWaitMinutes() > 0) {
                ahead += " · " + getTranslation("kiosk.ticket.estimate", ticket.estimatedWaitMinutes());
            }
            Paragraph aheadLine = new Paragraph(ahead);
            aheadLine.addClassName("giliran-ticket-ahead");
            card.add(aheadLine);
            if (ticket.waitingAhead() <= notifyAhead) {
                Paragraph near = new Paragraph(getTranslation("mine.near", ticket.waitingAhead()));
                near.setId("mine-near-" + ticket.number());
                near.addClassName("giliran-near");
                card.add(near);
                if (toldNear.add(ticket.ticketId())) {
                    Notification.show(getTranslation("mine.near.notice", ticket.number(), ticket.waitingAhead()),
                            8000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_PRIMARY);
                }
            }
        }
        if (ticket.status() == TicketStatus.CALLED && ticket.counterNumber() != null) {
            Paragraph called = new Paragraph(getTranslation("mine.called", ticket.counterNumber()));
            called.addClassName("giliran-near");
            card.add(called);
        }
        return card;
    }

    private void arrive(TicketView ticket) {
        try {
            bookings.confirmArrival(ticket.ticketId(), ArrivalChannel.MOBILE);
            Notification.show(getTranslation("mine.arrived.done", ticket.number()), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RuntimeException failure) {
            ErrorText.show(this, failure);
        }
        refresh();
    }

    private void confirmCancel(TicketView ticket) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("mine-cancel-dialog");
        dialog.setHeader(getTranslation("mine.cancel.title", ticket.number()));
        dialog.setText(getTranslation("mine.cancel.text", ticket.clinicName(), Formats.date(ticket.serviceDate())));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("mine.cancel.keep"));
        dialog.setConfirmText(getTranslation("mine.cancel.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirm -> cancel(ticket));
        dialog.open();
    }

    void cancel(TicketView ticket) {
        try {
            bookings.cancel(ticket.ticketId(), "");
            Notification.show(getTranslation("mine.cancel.done", ticket.number()), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RuntimeException failure) {
            ErrorText.show(this, failure);
        }
        refresh();
    }

    /** "K7M2Q9XA" as "K7M2 Q9XA": easier to read out and to type. */
    static String spaced(String code) {
        return code.length() == 8 ? code.substring(0, 4) + " " + code.substring(4) : code;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mine.title");
    }
}
