package id.giliran.queue.command;

import id.giliran.command.BusinessRuleViolation;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Calls the ticket aggregate through its repository, in the same unit of work as the calling day,
 * so the calling day's turn and the ticket's call are stored together or not at all.
 */
@Component
class RepositoryTicketCalls implements TicketCalls {

    private final Repository<Ticket> tickets;

    RepositoryTicketCalls(Repository<Ticket> tickets) {
        this.tickets = tickets;
    }

    @Override
    public boolean callIfWaiting(String ticketId, String counterId, int counterNumber, Clock clock) {
        try {
            tickets.load(ticketId).execute(ticket -> ticket.call(counterId, counterNumber, clock));
            return true;
        } catch (BusinessRuleViolation | AggregateNotFoundException notWaiting) {
            return false;
        }
    }
}
