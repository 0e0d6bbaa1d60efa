package id.giliran.api.queue;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The called patient is not present: the ticket goes to the skipped list and can be called back. */
@Permitted({Role.PETUGAS_LOKET, Role.ADMIN})
public record SkipTicketCommand(@TargetAggregateIdentifier String ticketId) {
}
