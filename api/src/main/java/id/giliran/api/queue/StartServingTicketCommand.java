package id.giliran.api.queue;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The patient arrived at the counter: serving starts. */
@Permitted({Role.PETUGAS_LOKET, Role.ADMIN})
public record StartServingTicketCommand(@TargetAggregateIdentifier String ticketId) {
}
