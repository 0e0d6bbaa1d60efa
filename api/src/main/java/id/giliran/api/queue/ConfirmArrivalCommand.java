package id.giliran.api.queue;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The patient of an online booking is here: from now on the ticket waits to be called. On its
 * service day only; {@link ArrivalChannel#MOBILE} by the patient who booked it.
 */
@Permitted(value = {Role.PASIEN, Role.PETUGAS_LOKET, Role.ADMIN}, anyone = true)
public record ConfirmArrivalCommand(@TargetAggregateIdentifier String ticketId, ArrivalChannel channel) {
}
