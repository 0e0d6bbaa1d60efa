package id.giliran.inbox.ui;

import id.giliran.api.inbox.CountUnreadInboxQuery;
import id.giliran.api.inbox.FindInboxQuery;
import id.giliran.api.inbox.InboxMessageView;
import id.giliran.api.inbox.MarkInboxReadCommand;
import id.giliran.ui.ReadModel;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The signed-in person's inbox: messages, the unread count (followed live) and marking read. */
@Service
public class InboxService {

    /** How many messages the inbox shows. */
    static final int LIMIT = 100;

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;

    InboxService(CommandGateway commandGateway, QueryGateway queryGateway) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
    }

    public List<InboxMessageView> messages() {
        return queryGateway.query(new FindInboxQuery(LIMIT), ResponseTypes.multipleInstancesOf(InboxMessageView.class))
                           .join();
    }

    public long unread() {
        return queryGateway.query(new CountUnreadInboxQuery(), ResponseTypes.instanceOf(Long.class)).join();
    }

    /**
     * The unread count now and after every change; close it when the screen goes. The subscription
     * carries who is asking (stamped by the query gateway), and the projection sends each person only
     * their own count.
     */
    public SubscriptionQueryResult<Long, Long> followUnread() {
        return queryGateway.subscriptionQuery(new CountUnreadInboxQuery(), ResponseTypes.instanceOf(Long.class),
                ResponseTypes.instanceOf(Long.class));
    }

    /** Marks the messages read (an empty list: all shown now) and answers once the inbox shows them read. */
    public List<InboxMessageView> markRead(List<String> messageIds) {
        Set<String> wanted = messageIds.isEmpty()
                ? messages().stream().filter(message -> !message.read()).map(InboxMessageView::messageId)
                            .collect(Collectors.toSet())
                : Set.copyOf(messageIds);
        commandGateway.sendAndWait(new MarkInboxReadCommand(List.copyOf(messageIds)));
        return ReadModel.poll(() -> Optional.of(messages()), shown -> shown.stream()
                .filter(message -> wanted.contains(message.messageId())).allMatch(InboxMessageView::read));
    }
}
