package id.giliran.counseling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import id.giliran.api.counseling.CounselingBookingView;
import id.giliran.api.counseling.CounselingStatus;
import id.giliran.api.counseling.Slot;
import id.giliran.ui.ErrorText;
import id.giliran.ui.Polling;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.function.Supplier;

/**
 * SISWA: my counseling bookings — counselor, time, topic, channel and status; cancel with a reason;
 * when the counselor postponed, take one of the offered times or decline them all. Follows changes
 * by itself while open.
 */
@Route("konseling/janji-saya")
@Menu(title = "menu.my-counseling", order = 5)
@RolesAllowed("SISWA")
public class MyCounselingView extends VerticalLayout implements HasDynamicTitle {

    static final int REFRESH_MILLIS = 5000;

    private final CounselingService counseling;
    final Div list = new Div();

    public MyCounselingView(CounselingService counseling) {
        this.counseling = counseling;
        addClassName("giliran-mobile");
        list.setId("my-counseling");
        list.setWidthFull();
        Anchor book = new Anchor("konseling", getTranslation("my-counseling.book"));
        book.setId("my-counseling-book");
        add(new H2(getTranslation("my-counseling.title")), book, list);
        refresh();
        Polling.whileAttached(this, REFRESH_MILLIS, this::refresh);
    }

    void refresh() {
        List<CounselingBookingView> bookings = counseling.myBookings();
        list.removeAll();
        if (bookings.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("my-counseling.none"));
            none.setId("my-counseling-none");
            list.add(none);
        }
        bookings.forEach(booking -> list.add(card(booking)));
    }

    private Div card(CounselingBookingView booking) {
        Div card = new Div();
        card.addClassName("giliran-ticket");
        card.addClassName("giliran-counseling-card");
        card.setId("booking-" + booking.bookingId());
        card.add(new H3(booking.counselorName()), CounselingTexts.status(this, booking.status()));
        if (booking.status() != CounselingStatus.POSTPONED) {
            Paragraph when = new Paragraph(CounselingTexts.slot(booking.slot()));
            when.addClassName("giliran-counseling-when");
            card.add(when);
        }
        card.add(new Paragraph(getTranslation("my-counseling.topic", booking.topic())),
                new Paragraph(getTranslation("counseling.channel." + booking.channel().name())));
        if (booking.onBehalf() != null) {
            card.add(new Paragraph(getTranslation("my-counseling.on-behalf", booking.onBehalf().requesterName(),
                    getTranslation("counseling.relation." + booking.onBehalf().relation().name()))));
        }
        if (booking.reason() != null && !booking.reason().isBlank()
                && (booking.status() == CounselingStatus.CANCELLED || booking.status() == CounselingStatus.POSTPONED)) {
            Paragraph reason = new Paragraph(getTranslation("my-counseling.reason", booking.reason()));
            reason.addClassName("giliran-counseling-reason");
            card.add(reason);
        }
        if (booking.status() == CounselingStatus.POSTPONED) {
            card.add(new Paragraph(getTranslation("my-counseling.postponed", CounselingTexts.slot(booking.slot()))));
            for (Slot alternative : booking.alternatives()) {
                Button take = new Button(getTranslation("my-counseling.take", CounselingTexts.slot(alternative)),
                        click -> act(() -> counseling.accept(booking, alternative.start()), "my-counseling.taken"));
                take.setId("take-" + booking.bookingId() + "-" + CounselorBookingView.SLOT_ID.format(alternative.start()));
                take.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                take.setDisableOnClick(true);
                card.add(new Div(take));
            }
            Button decline = new Button(getTranslation("my-counseling.decline"), click -> new ReasonDialog(this,
                    "decline", getTranslation("my-counseling.decline"), getTranslation("my-counseling.decline.text"),
                    getTranslation("my-counseling.decline.confirm"),
                    reason -> act(() -> counseling.decline(booking, reason), "my-counseling.declined")).open());
            decline.setId("decline-" + booking.bookingId());
            decline.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            card.add(decline);
        }
        if (booking.status().isLive()) {
            RouterLink chat = new RouterLink(getTranslation("my-counseling.chat"), CounselingChatView.class,
                    booking.bookingId());
            chat.setId("chat-" + booking.bookingId());
            card.add(new Div(chat));
        }
        if (booking.status() == CounselingStatus.PENDING || booking.status() == CounselingStatus.CONFIRMED) {
            Button cancel = new Button(getTranslation("my-counseling.cancel"), click -> new ReasonDialog(this, "cancel",
                    getTranslation("my-counseling.cancel"), getTranslation("my-counseling.cancel.text",
                    CounselingTexts.slot(booking.slot())), getTranslation("my-counseling.cancel.confirm"),
                    reason -> act(() -> counseling.cancel(booking, reason), "my-counseling.cancelled")).open());
            cancel.setId("cancel-" + booking.bookingId());
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            card.add(cancel);
        }
        return card;
    }

    private void act(Supplier<CounselingBookingView> step, String doneKey) {
        try {
            CounselingBookingView done = step.get();
            Notification.show(getTranslation(doneKey, CounselingTexts.slot(done.slot())), 5000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RuntimeException failure) {
            ErrorText.show(this, failure);
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-counseling.title");
    }
}
