package id.giliran.queue.ui;

import id.giliran.api.queue.FindTicketQuery;
import id.giliran.api.queue.TicketView;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Sends a command about one ticket and answers once the queue's read model shows its effect, so
 * the screen that sent it never shows a stale ticket (the read model is updated asynchronously).
 */
@Component
class TicketCommands {

    /** How long a screen waits for the read model before it reports a failure. */
    static final Duration READ_MODEL_WAIT = Duration.ofSeconds(10);

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;

    TicketCommands(CommandGateway commandGateway, QueryGateway queryGateway) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
    }

    TicketView sendAndAwait(String ticketId, Object command, Predicate<TicketView> effectShown) {
        commandGateway.sendAndWait(command);
        return await(ticketId, effectShown);
    }

    /**
     * Waits until the read model shows the ticket as {@code effectShown} wants. The subscription's
     * update handler is registered before its initial query runs, so no update slips past.
     */
    TicketView await(String ticketId, Predicate<TicketView> effectShown) {
        try (SubscriptionQueryResult<Optional<TicketView>, TicketView> ticket = queryGateway.subscriptionQuery(
                new FindTicketQuery(ticketId), ResponseTypes.optionalInstanceOf(TicketView.class),
                ResponseTypes.instanceOf(TicketView.class))) {
            Optional<TicketView> initial = ticket.initialResult()
                                                 .blockOptional(READ_MODEL_WAIT)
                                                 .flatMap(found -> found)
                                                 .filter(effectShown);
            if (initial.isPresent()) {
                return initial.get();
            }
            TicketView updated = ticket.updates().filter(effectShown).blockFirst(READ_MODEL_WAIT);
            if (updated == null) {
                throw new IllegalStateException("ticket " + ticketId + " did not reach the read model in time");
            }
            return updated;
        }
    }
}
