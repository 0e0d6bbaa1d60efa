package id.giliran.api.registration;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cancels a registration that is not completed, with a reason; the ticket may be registered again. */
@Permitted({Role.PETUGAS_LOKET, Role.ADMIN})
public record CancelRegistrationCommand(@TargetAggregateIdentifier String registrationId, String reason) {
}
