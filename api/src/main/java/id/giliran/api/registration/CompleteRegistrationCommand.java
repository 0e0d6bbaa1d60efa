package id.giliran.api.registration;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * "Antar RM ke poli": the medical record goes to the clinic and the ticket is directed there.
 * Only when all mandatory information was given, a clinic chosen and a doctor on duty named.
 */
@Permitted({Role.PETUGAS_LOKET, Role.ADMIN})
public record CompleteRegistrationCommand(@TargetAggregateIdentifier String registrationId) {
}
