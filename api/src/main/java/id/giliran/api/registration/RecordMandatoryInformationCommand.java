package id.giliran.api.registration;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The officer told the patient {@code item} (or, for the general consent, the patient signed it). */
@Permitted({Role.PETUGAS_LOKET, Role.ADMIN})
public record RecordMandatoryInformationCommand(@TargetAggregateIdentifier String registrationId,
                                                MandatoryInformation item) {
}
