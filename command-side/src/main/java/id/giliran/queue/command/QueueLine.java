package id.giliran.queue.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.queue.IssueTicketCommand;
import id.giliran.api.queue.TicketCategory;
import id.giliran.api.queue.TicketNumber;
import id.giliran.api.queue.TicketNumberAllocatedEvent;
import id.giliran.command.BusinessRuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;

/**
 * One queue line: the tickets of one prefix on one service day. It hands out numbers one after
 * the other, so they are unique and gapless per prefix per day: commands for one line are handled
 * one at a time (the repository locks the aggregate, Axon Server routes a line to one node, and
 * the event store rejects a second event with the same sequence number). Before numbering, the
 * clinic admits the ticket: it must be active, the service open, and its daily quota not reached.
 */
@Aggregate
public class QueueLine {

    private static final Pattern PREFIX = Pattern.compile("[A-Z]");

    @AggregateIdentifier
    private String queueLineId;
    private int lastSequence;

    protected QueueLine() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public TicketNumber handle(IssueTicketCommand command, ClinicAdmission admission, Clock clock) throws Exception {
        validate(command);
        admission.admit(command.clinicCode(), command.serviceDate(), command.ticketId(), clock);
        TicketNumber number = new TicketNumber(command.prefix(), lastSequence + 1);
        apply(new TicketNumberAllocatedEvent(command.queueLineId(), command.serviceDate(), number, command.ticketId()));
        createNew(Ticket.class, () -> new Ticket(command, number, clock.instant()));
        return number;
    }

    private static void validate(IssueTicketCommand command) {
        if (command.ticketId() == null || command.ticketId().isBlank() || command.serviceDate() == null
                || command.category() == null || command.payment() == null
                || command.clinicCode() == null || command.clinicCode().isBlank()
                || command.prefix() == null) {
            throw new BusinessRuleViolation(ErrorCode.INVALID_INPUT,
                    "ticketId, serviceDate, prefix, category, payment and clinicCode are required");
        }
        if (!PREFIX.matcher(command.prefix()).matches()) {
            throw new BusinessRuleViolation(ErrorCode.TICKET_PREFIX_INVALID,
                    "a ticket prefix is one capital letter: " + command.prefix());
        }
        boolean priorityLine = TicketCategory.PRIORITY_PREFIX.equals(command.prefix());
        if (command.category() == TicketCategory.PRIORITY) {
            if (command.priorityReason() == null) {
                throw new BusinessRuleViolation(ErrorCode.PRIORITY_REASON_REQUIRED,
                        "a priority ticket needs a reason");
            }
            if (!priorityLine) {
                throw new BusinessRuleViolation(ErrorCode.TICKET_PREFIX_INVALID,
                        "priority tickets are numbered in line " + TicketCategory.PRIORITY_PREFIX);
            }
        } else {
            if (command.priorityReason() != null) {
                throw new BusinessRuleViolation(ErrorCode.PRIORITY_REASON_NOT_ALLOWED,
                        "a general ticket has no priority reason");
            }
            if (priorityLine) {
                throw new BusinessRuleViolation(ErrorCode.TICKET_PREFIX_INVALID,
                        "line " + TicketCategory.PRIORITY_PREFIX + " is for priority tickets only");
            }
        }
    }

    @EventSourcingHandler
    void on(TicketNumberAllocatedEvent event) {
        queueLineId = event.queueLineId();
        lastSequence = event.number().sequence();
    }
}
