package id.giliran.api.masterdata;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Register a clinic (poli) with the prefix of its general ticket line; a no-op if it exists. */
@Permitted(Role.ADMIN)
public record RegisterClinicCommand(
        @TargetAggregateIdentifier String clinicCode,
        String name,
        String ticketPrefix) {
}
