package id.giliran.queue.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.queue.CallTicketCommand;
import id.giliran.api.queue.IssueTicketCommand;
import id.giliran.api.queue.TicketCalledEvent;
import id.giliran.api.queue.TicketIssuedEvent;
import id.giliran.api.queue.TicketNumber;
import id.giliran.api.queue.TicketStatus;
import id.giliran.command.BusinessRuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A queue ticket. It is created by its {@link QueueLine}, which gives it its number, and then
 * goes its own way: waiting, called to a counter.
 */
@Aggregate
public class Ticket {

    @AggregateIdentifier
    private String ticketId;
    private LocalDate serviceDate;
    private TicketNumber number;
    private TicketStatus status;

    protected Ticket() {
        // for Axon
    }

    Ticket(IssueTicketCommand command, TicketNumber number, Instant issuedAt) {
        apply(new TicketIssuedEvent(command.ticketId(), command.serviceDate(), number, command.category(),
                command.priorityReason(), command.payment(), command.clinicCode(), issuedAt));
    }

    @CommandHandler
    public void handle(CallTicketCommand command, Clock clock) {
        if (command.counterId() == null || command.counterId().isBlank() || command.counterNumber() < 1) {
            throw new BusinessRuleViolation(ErrorCode.INVALID_INPUT, "a call needs a counter");
        }
        if (status != TicketStatus.WAITING) {
            throw new BusinessRuleViolation(ErrorCode.TICKET_NOT_WAITING,
                    "ticket " + number.display() + " is " + status + ", not waiting");
        }
        if (!serviceDate.equals(LocalDate.now(clock))) {
            throw new BusinessRuleViolation(ErrorCode.TICKET_NOT_FOR_TODAY,
                    "ticket " + number.display() + " is for " + serviceDate);
        }
        apply(new TicketCalledEvent(ticketId, serviceDate, number, command.counterId(), command.counterNumber(),
                clock.instant()));
    }

    @EventSourcingHandler
    void on(TicketIssuedEvent event) {
        ticketId = event.ticketId();
        serviceDate = event.serviceDate();
        number = event.number();
        status = TicketStatus.WAITING;
    }

    @EventSourcingHandler
    void on(TicketCalledEvent event) {
        status = TicketStatus.CALLED;
    }
}
