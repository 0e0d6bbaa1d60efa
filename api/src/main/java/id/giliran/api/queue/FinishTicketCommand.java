package id.giliran.api.queue;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Serving at the counter is done: the ticket is handed on to registration. */
@Permitted({Role.PETUGAS_LOKET, Role.ADMIN})
public record FinishTicketCommand(@TargetAggregateIdentifier String ticketId) {
}
