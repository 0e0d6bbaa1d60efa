package id.giliran.queue.ui;

import id.giliran.api.masterdata.CounterView;
import id.giliran.api.queue.CallNextTicketCommand;
import id.giliran.api.queue.CallTicketCommand;
import id.giliran.api.queue.FindCallCandidatesQuery;
import id.giliran.api.queue.FindCounterTicketQuery;
import id.giliran.api.queue.FindSkippedTicketsQuery;
import id.giliran.api.queue.FinishTicketCommand;
import id.giliran.api.queue.QueueChanged;
import id.giliran.api.queue.WatchQueueQuery;
import id.giliran.api.queue.RecallTicketCommand;
import id.giliran.api.queue.SkipTicketCommand;
import id.giliran.api.queue.StartServingTicketCommand;
import id.giliran.api.queue.TicketCategory;
import id.giliran.api.queue.TicketStatus;
import id.giliran.api.queue.TicketView;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.stereotype.Service;
import reactor.core.scheduler.Schedulers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The front desk's work with tickets. "Panggil berikutnya" hands the read model's waiting tickets
 * to the calling day, which picks by the configured ratio and calls in one step, so the ratio and
 * "one counter per ticket" hold even when counters press at once. If every candidate was taken by
 * another counter meanwhile (the read model lags by milliseconds), it asks again.
 */
@Service
public class CallingService {

    static final int CANDIDATES_PER_CATEGORY = 10;
    static final int ROUNDS = 5;

    private final CommandGateway commandGateway;
    private final TicketCommands ticketCommands;
    private final QueryGateway queryGateway;
    private final Clock clock;

    CallingService(CommandGateway commandGateway, TicketCommands ticketCommands, QueryGateway queryGateway,
                   Clock clock) {
        this.commandGateway = commandGateway;
        this.ticketCommands = ticketCommands;
        this.queryGateway = queryGateway;
        this.clock = clock;
    }

    /**
     * Calls {@code onChange} whenever today's queue changes, until the answer is closed. The
     * subscription query is answered by the queue projection, also across processes. Updates are
     * handed to another thread: they arrive inside the projection's unit of work, where a view
     * reading the read model again would wait for a unit of work that never ends.
     */
    public AutoCloseable watch(Runnable onChange) {
        SubscriptionQueryResult<QueueChanged, QueueChanged> changes = queryGateway.subscriptionQuery(
                new WatchQueueQuery(today()), ResponseTypes.instanceOf(QueueChanged.class),
                ResponseTypes.instanceOf(QueueChanged.class));
        changes.updates().publishOn(Schedulers.boundedElastic()).subscribe(change -> onChange.run());
        return changes::close;
    }

    /** Today's waiting tickets in calling order (priority first). */
    public List<TicketView> waiting(int limit) {
        return candidates(null, limit);
    }

    private List<TicketView> candidates(TicketCategory category, int limit) {
        return queryGateway.query(new FindCallCandidatesQuery(today(), category, limit),
                ResponseTypes.multipleInstancesOf(TicketView.class)).join();
    }

    public List<TicketView> skipped() {
        return queryGateway.query(new FindSkippedTicketsQuery(today()),
                ResponseTypes.multipleInstancesOf(TicketView.class)).join();
    }

    /** The ticket this counter called last today, in its current state. */
    public Optional<TicketView> current(CounterView counter) {
        return queryGateway.query(new FindCounterTicketQuery(today(), counter.number()),
                ResponseTypes.optionalInstanceOf(TicketView.class)).join();
    }

    /** Calls the next ticket by the ratio to {@code counter}; empty when nobody waits. */
    public Optional<TicketView> callNext(CounterView counter) {
        for (int round = 0; round < ROUNDS; round++) {
            List<String> priority = ids(candidates(TicketCategory.PRIORITY, CANDIDATES_PER_CATEGORY));
            List<String> general = ids(candidates(TicketCategory.GENERAL, CANDIDATES_PER_CATEGORY));
            if (priority.isEmpty() && general.isEmpty()) {
                return Optional.empty();
            }
            String called = commandGateway.sendAndWait(new CallNextTicketCommand(today(), counter.counterId(),
                    counter.number(), priority, general));
            if (called != null) {
                return Optional.of(ticketCommands.await(called, ticket -> ticket.status() == TicketStatus.CALLED));
            }
        }
        return Optional.empty();
    }

    /** Calls one ticket directly: a waiting one out of turn, or a skipped one back. */
    public TicketView call(TicketView ticket, CounterView counter) {
        return ticketCommands.sendAndAwait(ticket.ticketId(),
                new CallTicketCommand(ticket.ticketId(), counter.counterId(), counter.number()),
                shown -> shown.status() == TicketStatus.CALLED);
    }

    public TicketView recall(TicketView ticket) {
        commandGateway.sendAndWait(new RecallTicketCommand(ticket.ticketId()));
        return ticket;
    }

    public TicketView skip(TicketView ticket) {
        return ticketCommands.sendAndAwait(ticket.ticketId(), new SkipTicketCommand(ticket.ticketId()),
                shown -> shown.status() == TicketStatus.SKIPPED);
    }

    public TicketView startServing(TicketView ticket) {
        return ticketCommands.sendAndAwait(ticket.ticketId(), new StartServingTicketCommand(ticket.ticketId()),
                shown -> shown.status() == TicketStatus.SERVING);
    }

    public TicketView finish(TicketView ticket) {
        return ticketCommands.sendAndAwait(ticket.ticketId(), new FinishTicketCommand(ticket.ticketId()),
                shown -> shown.status() == TicketStatus.FINISHED);
    }

    private static List<String> ids(List<TicketView> tickets) {
        return tickets.stream().map(TicketView::ticketId).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
