package id.giliran.api.registration;

import java.time.Instant;

/** @param expiresAt when the attempt counts as lost if no outcome was recorded */
public record BpjsVisitAttemptStartedEvent(String registrationId, int attempt, boolean deletion, Instant startedAt,
                                           Instant expiresAt) {
}
