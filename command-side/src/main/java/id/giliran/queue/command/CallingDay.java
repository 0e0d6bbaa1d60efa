package id.giliran.queue.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.queue.CallNextTicketCommand;
import id.giliran.api.queue.CallingTurnTakenEvent;
import id.giliran.api.queue.PriorityRatio;
import id.giliran.api.queue.TicketCategory;
import id.giliran.command.BusinessRuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The calling of one service day: it keeps the place in the ratio cycle (e.g. 2 priority, then 1
 * general) and gives each "Panggil berikutnya" its turn. All calls of a day pass through here one
 * at a time, so the ratio holds even when several counters press at once; the ticket itself is
 * called in the same unit of work, so a turn is never taken without a call.
 * An empty list never blocks the other: the other kind is called and the cycle starts again.
 */
@Aggregate
public class CallingDay {

    @AggregateIdentifier
    private String callingDayId;
    private int priorityCalls;
    private int generalCalls;

    protected CallingDay() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public String handle(CallNextTicketCommand command, CurrentRatio currentRatio, TicketCalls tickets, Clock clock) {
        if (command.counterId() == null || command.counterId().isBlank() || command.counterNumber() < 1
                || command.priorityCandidates() == null || command.generalCandidates() == null) {
            throw new BusinessRuleViolation(ErrorCode.INVALID_INPUT, "a call needs a counter and candidate lists");
        }
        PriorityRatio ratio = currentRatio.ratio();
        boolean cycleDone = priorityCalls >= ratio.priority() && generalCalls >= ratio.general();
        TicketCategory preferred = cycleDone || priorityCalls < ratio.priority()
                ? TicketCategory.PRIORITY
                : TicketCategory.GENERAL;
        TicketCategory other = preferred == TicketCategory.PRIORITY ? TicketCategory.GENERAL : TicketCategory.PRIORITY;

        String called = callFirst(candidates(command, preferred), command, tickets, clock);
        if (called != null) {
            apply(new CallingTurnTakenEvent(command.callingDayId(), command.serviceDate(), preferred, called, cycleDone,
                    false));
            return called;
        }
        called = callFirst(candidates(command, other), command, tickets, clock);
        if (called != null) {
            apply(new CallingTurnTakenEvent(command.callingDayId(), command.serviceDate(), other, called, false, true));
        }
        return called;
    }

    private static List<String> candidates(CallNextTicketCommand command, TicketCategory category) {
        return category == TicketCategory.PRIORITY ? command.priorityCandidates() : command.generalCandidates();
    }

    private static String callFirst(List<String> candidates, CallNextTicketCommand command, TicketCalls tickets,
                                    Clock clock) {
        for (String ticketId : candidates) {
            if (tickets.callIfWaiting(ticketId, command.counterId(), command.counterNumber(), clock)) {
                return ticketId;
            }
        }
        return null;
    }

    @EventSourcingHandler
    void on(CallingTurnTakenEvent event) {
        callingDayId = event.callingDayId();
        if (event.cycleRestarted()) {
            priorityCalls = 0;
            generalCalls = 0;
        }
        if (event.fallback()) {
            priorityCalls = 0;
            generalCalls = 0;
        } else if (event.category() == TicketCategory.PRIORITY) {
            priorityCalls++;
        } else {
            generalCalls++;
        }
    }
}
