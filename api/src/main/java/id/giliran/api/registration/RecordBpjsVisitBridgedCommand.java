package id.giliran.api.registration;

import id.giliran.api.identity.Permitted;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** PCare has the visit: added by this attempt, or found among the day's visits ({@code found}). */
@Permitted({})
public record RecordBpjsVisitBridgedCommand(@TargetAggregateIdentifier String registrationId, int attempt,
                                            String queueNumber, boolean found) {
}
