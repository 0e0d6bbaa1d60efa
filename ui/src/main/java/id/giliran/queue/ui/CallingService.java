package id.giliran.queue.ui;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.masterdata.CounterView;
import id.giliran.api.queue.CallTicketCommand;
import id.giliran.api.queue.FindCallCandidatesQuery;
import id.giliran.api.queue.TicketStatus;
import id.giliran.api.queue.TicketView;
import id.giliran.ui.ErrorText;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Calls tickets to a counter. The read model proposes the next waiting tickets in calling order;
 * the ticket aggregate decides: a ticket another counter has just called is refused and the next
 * candidate is tried. So two counters pressing at once never get the same ticket, even while the
 * read model still lags behind the latest calls.
 */
@Service
public class CallingService {

    static final int CANDIDATES_PER_ROUND = 10;
    static final int ROUNDS = 5;

    private final TicketCommands ticketCommands;
    private final QueryGateway queryGateway;
    private final Clock clock;

    CallingService(TicketCommands ticketCommands, QueryGateway queryGateway, Clock clock) {
        this.ticketCommands = ticketCommands;
        this.queryGateway = queryGateway;
        this.clock = clock;
    }

    public List<TicketView> waiting(int limit) {
        return queryGateway.query(new FindCallCandidatesQuery(LocalDate.now(clock), limit),
                ResponseTypes.multipleInstancesOf(TicketView.class)).join();
    }

    /** Calls the next waiting ticket to {@code counter}; empty when nobody waits. */
    public Optional<TicketView> callNext(CounterView counter) {
        Set<String> takenElsewhere = new HashSet<>();
        for (int round = 0; round < ROUNDS; round++) {
            List<TicketView> candidates = waiting(CANDIDATES_PER_ROUND + takenElsewhere.size()).stream()
                    .filter(candidate -> !takenElsewhere.contains(candidate.ticketId()))
                    .toList();
            if (candidates.isEmpty()) {
                return Optional.empty();
            }
            for (TicketView candidate : candidates) {
                try {
                    return Optional.of(ticketCommands.sendAndAwait(candidate.ticketId(),
                            new CallTicketCommand(candidate.ticketId(), counter.counterId(), counter.number()),
                            ticket -> ticket.status() == TicketStatus.CALLED));
                } catch (RuntimeException failure) {
                    if (!isTakenElsewhere(failure)) {
                        throw failure;
                    }
                    takenElsewhere.add(candidate.ticketId());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isTakenElsewhere(RuntimeException failure) {
        Optional<ErrorCode> code = ErrorText.codeOf(failure);
        return code.isPresent()
                && (code.get() == ErrorCode.TICKET_NOT_WAITING || code.get() == ErrorCode.TICKET_NOT_FOR_TODAY);
    }
}
