package id.giliran.inbox.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.identity.Caller;
import id.giliran.api.inbox.InboxMessagesReadEvent;
import id.giliran.api.inbox.MarkInboxReadCommand;
import id.giliran.command.BusinessRuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * "Read" marks in a person's inbox. There is no rule to keep across messages, so no aggregate: the
 * fact is published as it is, for the caller (a person signed in, never the system or anonymous).
 */
@Component
public class InboxCommandHandler {

    private final EventGateway events;
    private final Clock clock;

    InboxCommandHandler(EventGateway events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @CommandHandler
    public void handle(MarkInboxReadCommand command, MetaData metaData) {
        Caller caller = Caller.fromMetaData(metaData);
        if (!caller.isSignedIn()) {
            throw new BusinessRuleViolation(ErrorCode.ACCESS_DENIED, "only a signed-in person has an inbox");
        }
        List<String> ids = command.messageIds() == null ? List.of()
                : command.messageIds().stream().filter(Objects::nonNull).distinct().toList();
        events.publish(new InboxMessagesReadEvent(caller.username(), ids, clock.instant()));
    }
}
