package id.giliran.api.queue;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cancels an online booking before arrival: by the patient who booked it, or by the front desk. */
@Permitted({Role.PASIEN, Role.PETUGAS_LOKET, Role.ADMIN})
public record CancelBookingCommand(@TargetAggregateIdentifier String ticketId, String reason) {
}
