package id.giliran.api.registration;

import id.giliran.api.identity.Permitted;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An attempt did not succeed; {@code retryable} when PCare may answer later (5xx, timeout, unreachable). */
@Permitted({})
public record RecordBpjsVisitFailedCommand(@TargetAggregateIdentifier String registrationId, int attempt,
                                           String reason, boolean retryable) {
}
