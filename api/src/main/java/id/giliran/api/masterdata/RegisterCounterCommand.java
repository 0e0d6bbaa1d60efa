package id.giliran.api.masterdata;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Register a front-desk counter (loket); a no-op if it exists. */
public record RegisterCounterCommand(
        @TargetAggregateIdentifier String counterId,
        int number,
        String name) {
}
