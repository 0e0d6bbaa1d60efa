package id.giliran.masterdata.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.common.TextLimit;
import id.giliran.api.masterdata.CounterRegisteredEvent;
import id.giliran.api.masterdata.RegisterCounterCommand;
import id.giliran.command.BusinessRuleViolation;
import id.giliran.command.TextLimits;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A front-desk counter (loket) where tickets are called to. */
@Aggregate
public class Counter {

    @AggregateIdentifier
    private String counterId;

    protected Counter() {
        // for Axon
    }

    /** Registers the counter once; registering it again changes nothing, so seeding is idempotent. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RegisterCounterCommand command) {
        if (counterId != null) {
            return;
        }
        if (command.counterId() == null || command.counterId().isBlank() || command.number() < 1
                || command.name() == null || command.name().isBlank()) {
            throw new BusinessRuleViolation(ErrorCode.INVALID_INPUT,
                    "a counter needs an id, a number from 1 and a name");
        }
        TextLimits.require(TextLimit.COUNTER_NAME, command.name());
        apply(new CounterRegisteredEvent(command.counterId(), command.number(), command.name().strip()));
    }

    @EventSourcingHandler
    void on(CounterRegisteredEvent event) {
        counterId = event.counterId();
    }
}
