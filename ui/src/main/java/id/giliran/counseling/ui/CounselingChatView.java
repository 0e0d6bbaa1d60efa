package id.giliran.counseling.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import id.giliran.api.counseling.CounselingBookingView;
import id.giliran.api.counseling.CounselingMessageView;
import id.giliran.api.counseling.SendCounselingMessageCommand;
import id.giliran.api.identity.Role;
import id.giliran.ui.ErrorText;
import id.giliran.ui.Formats;
import jakarta.annotation.security.RolesAllowed;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import reactor.core.Disposable;

import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The chat of one booking between its student and its counselor, before the session: the messages
 * so far, new ones arriving live (subscription query, server push), and a message box. Closed once
 * the booking is cancelled or its session is over.
 */
@Route("konseling/percakapan")
@RolesAllowed({"SISWA", "KONSELOR"})
public class CounselingChatView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final CounselingService counseling;
    private final ZoneId zone;
    private CounselingBookingView booking;
    private SubscriptionQueryResult<List<CounselingMessageView>, CounselingMessageView> subscription;
    private Disposable updates;
    private final Set<String> shown = new HashSet<>();

    final Paragraph about = new Paragraph();
    final Div messages = new Div();
    final TextArea text = new TextArea();
    final Button send = new Button();

    public CounselingChatView(CounselingService counseling) {
        this.counseling = counseling;
        this.zone = counseling.zone();
        addClassName("giliran-mobile");
        about.setId("chat-about");
        messages.setId("chat-messages");
        messages.addClassName("giliran-chat");
        messages.setWidthFull();
        text.setId("chat-text");
        text.setPlaceholder(getTranslation("chat.placeholder"));
        text.setMaxLength(SendCounselingMessageCommand.MAX_LENGTH);
        text.setWidthFull();
        // a text area sends no change event on Enter: keep the server's value current so Enter sends what is typed
        text.setValueChangeMode(ValueChangeMode.EAGER);
        send.setId("chat-send");
        send.setText(getTranslation("chat.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> send());
        send.addClickShortcut(Key.ENTER).listenOn(text);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String bookingId) {
        Optional<CounselingBookingView> found = bookingId == null ? Optional.empty() : counseling.booking(bookingId);
        if (found.isEmpty()) {
            event.forwardTo(counseling.caller().hasAnyRole(Role.KONSELOR) ? CounselorAppointmentsView.class
                    : MyCounselingView.class);
            return;
        }
        booking = found.get();
        boolean counselor = counseling.caller().username().equals(booking.counselorId());
        String other = counselor ? booking.studentName() : booking.counselorName();
        about.setText(getTranslation("chat.about", CounselingTexts.slot(booking.slot()), booking.topic()));
        RouterLink back = counselor ? new RouterLink(getTranslation("chat.back"), CounselorAppointmentsView.class)
                : new RouterLink(getTranslation("chat.back"), MyCounselingView.class);
        back.setId("chat-back");
        HorizontalLayout box = new HorizontalLayout(text, send);
        box.setWidthFull();
        box.setAlignItems(FlexComponent.Alignment.END);
        add(back, new H2(getTranslation("chat.title", other)), about,
                new Paragraph(getTranslation("chat.privacy")), messages, box);
        if (!booking.status().isLive()) {
            text.setEnabled(false);
            send.setEnabled(false);
            text.setHelperText(getTranslation("error.COUNSELING_CHAT_CLOSED"));
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        if (booking == null) {
            return;
        }
        UI ui = attach.getUI();
        subscription = counseling.followChat(booking.bookingId());
        subscription.initialResult().subscribe(initial -> ui.access(() -> initial.forEach(this::show)));
        updates = subscription.updates().subscribe(message -> ui.access(() -> show(message)));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (updates != null) {
            updates.dispose();
        }
        if (subscription != null) {
            subscription.close();
        }
    }

    /** Shows a message once, whether it came with the first answer, as an update, or as the sender's own echo. */
    void show(CounselingMessageView message) {
        if (!shown.add(message.messageId())) {
            return;
        }
        Div bubble = new Div();
        bubble.setId("chat-message-" + message.messageId());
        bubble.addClassName("giliran-chat-message");
        boolean mine = message.sender().equals(counseling.caller().username());
        bubble.addClassName(mine ? "giliran-chat-mine" : "giliran-chat-theirs");
        Span who = new Span(message.senderName() + " · " + Formats.time(message.sentAt(), zone));
        who.addClassName("giliran-small");
        bubble.add(who, new Paragraph(message.text()));
        messages.add(bubble);
        bubble.scrollIntoView();
    }

    void send() {
        try {
            CounselingMessageView sent = counseling.sendMessage(booking, text.getValue());
            show(sent);
            text.clear();
            text.focus();
        } catch (RuntimeException failure) {
            ErrorText.show(this, failure);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("chat.page-title");
    }
}
