package id.giliran.inbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.giliran.api.inbox.InboxMessageView;
import id.giliran.ui.ErrorText;
import id.giliran.ui.Formats;
import jakarta.annotation.security.PermitAll;

import java.time.ZoneId;
import java.util.List;

/** Every signed-in person's inbox: what changed in their bookings and what needs them, newest first. */
@Route("kotak-masuk")
@Menu(title = "menu.inbox", order = 30)
@PermitAll
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    private final InboxService inbox;
    private final ZoneId zone;
    final Div list = new Div();
    final Button markAll = new Button();

    public InboxView(InboxService inbox, java.time.Clock clock) {
        this.inbox = inbox;
        this.zone = clock.getZone();
        list.setId("inbox-list");
        list.setWidthFull();
        markAll.setId("inbox-mark-all");
        markAll.setText(getTranslation("inbox.mark-all"));
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        markAll.addClickListener(click -> mark(List.of()));
        add(new H2(getTranslation("inbox.title")), markAll, list);
        refresh();
    }

    void refresh() {
        list.removeAll();
        List<InboxMessageView> messages = inbox.messages();
        if (messages.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("inbox.none"));
            none.setId("inbox-none");
            list.add(none);
        }
        messages.forEach(message -> list.add(item(message)));
    }

    private Div item(InboxMessageView message) {
        Div item = new Div();
        item.setId("inbox-" + message.messageId().replaceAll("[^A-Za-z0-9-]", "-"));
        item.addClassName("giliran-inbox-item");
        item.addClassName(message.read() ? "giliran-read" : "giliran-unread");
        H4 title = new H4(message.title());
        Span when = new Span(Formats.date(message.at().atZone(zone).toLocalDate()) + " " + Formats.time(message.at(), zone));
        when.addClassName("giliran-small");
        item.add(title, when, new Paragraph(message.body()));
        if (message.link() != null && !message.link().isBlank()) {
            Anchor open = new Anchor(message.link(), getTranslation("inbox.open"));
            open.getElement().addEventListener("click", click -> mark(List.of(message.messageId())));
            item.add(open);
        }
        if (!message.read()) {
            Button read = new Button(getTranslation("inbox.mark-read"), click -> mark(List.of(message.messageId())));
            read.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            item.add(read);
        }
        return item;
    }

    private void mark(List<String> messageIds) {
        try {
            inbox.markRead(messageIds);
        } catch (RuntimeException failure) {
            ErrorText.show(this, failure);
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title");
    }
}
