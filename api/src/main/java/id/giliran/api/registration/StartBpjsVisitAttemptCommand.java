package id.giliran.api.registration;

import id.giliran.api.identity.Permitted;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The sender claims the next attempt (to add, or after a cancellation to delete, the PCare visit)
 * before it calls PCare: only the next attempt, only when due. An attempt in progress whose outcome
 * never came (the process died) may be taken over once its time is up: the sender reads the day's
 * visits at PCare before adding, so a visit is never added twice.
 */
@Permitted({})
public record StartBpjsVisitAttemptCommand(@TargetAggregateIdentifier String registrationId, int attempt) {
}
