package id.giliran.api.masterdata;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Register a clinic (poli) with the prefix of its general ticket line; a no-op if it exists. */
public record RegisterClinicCommand(
        @TargetAggregateIdentifier String clinicCode,
        String name,
        String ticketPrefix) {
}
