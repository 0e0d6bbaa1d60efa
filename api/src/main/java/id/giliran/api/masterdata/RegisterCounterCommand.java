package id.giliran.api.masterdata;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Register a front-desk counter (loket); a no-op if it exists. */
@Permitted(Role.ADMIN)
public record RegisterCounterCommand(
        @TargetAggregateIdentifier String counterId,
        int number,
        String name) {
}
