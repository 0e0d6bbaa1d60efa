package id.giliran.api.registration;

import id.giliran.api.identity.Permitted;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The visit is no longer at PCare: deleted by this attempt, or not found there. */
@Permitted({})
public record RecordBpjsVisitDeletedCommand(@TargetAggregateIdentifier String registrationId, int attempt) {
}
