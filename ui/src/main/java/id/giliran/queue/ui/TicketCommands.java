package id.giliran.queue.ui;

import id.giliran.api.queue.FindTicketQuery;
import id.giliran.api.queue.TicketView;
import id.giliran.ui.ReadModel;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.function.Predicate;

/**
 * Sends a command about one ticket and answers once the queue's read model shows its effect, so
 * the screen that sent it never shows a stale ticket (the read model is updated asynchronously).
 */
@Component
class TicketCommands {

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

    /** Waits until the read model shows the ticket as {@code effectShown} wants. */
    TicketView await(String ticketId, Predicate<TicketView> effectShown) {
        return ReadModel.await(queryGateway, new FindTicketQuery(ticketId), TicketView.class, effectShown);
    }
}
