package id.giliran.inbox.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import id.giliran.privacy.LogSafe;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import reactor.core.Disposable;

/**
 * The header's inbox link with the unread count, kept live: a subscription query on the count,
 * pushed to the browser as it changes; closed when the header goes.
 */
public class InboxBell extends RouterLink {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(InboxBell.class);

    private final InboxService inbox;
    final Span count = new Span();
    private SubscriptionQueryResult<Long, Long> subscription;
    private Disposable updates;

    public InboxBell(InboxService inbox) {
        super("", InboxView.class);
        this.inbox = inbox;
        setId("inbox-bell");
        count.setId("inbox-unread");
        count.getElement().setAttribute("theme", "badge error pill small");
        add(VaadinIcon.BELL.create(), count);
        getElement().setAttribute("aria-label", getTranslation("inbox.title"));
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        subscription = inbox.followUnread();
        subscription.initialResult().subscribe(initial -> ui.access(() -> show(initial)),
                failure -> log.warn("The inbox count could not be read", LogSafe.redacted(failure)));
        updates = subscription.updates().subscribe(update -> ui.access(() -> show(update)),
                failure -> log.warn("The inbox count stopped following", LogSafe.redacted(failure)));
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

    void show(Long unread) {
        long value = unread == null ? 0 : unread;
        count.setText(value > 99 ? "99+" : Long.toString(value));
        count.setVisible(value > 0);
        getElement().setAttribute("title", getTranslation("inbox.unread", value));
    }
}
