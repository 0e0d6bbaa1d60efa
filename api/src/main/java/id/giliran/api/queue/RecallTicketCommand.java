package id.giliran.api.queue;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Announce a called ticket again. */
@Permitted({Role.PETUGAS_LOKET, Role.ADMIN})
public record RecallTicketCommand(@TargetAggregateIdentifier String ticketId) {
}
