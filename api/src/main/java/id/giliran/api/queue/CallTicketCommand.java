package id.giliran.api.queue;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Call a waiting ticket to a front-desk counter. */
@Permitted({Role.PETUGAS_LOKET, Role.ADMIN})
public record CallTicketCommand(
        @TargetAggregateIdentifier String ticketId,
        String counterId,
        int counterNumber) {
}
