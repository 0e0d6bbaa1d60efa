package id.giliran.api.registration;

import java.time.Instant;

/** @param nextAttemptAt when the next attempt is due; null when given up */
public record BpjsVisitAttemptFailedEvent(String registrationId, int attempt, boolean deletion, String reason,
                                          boolean retryable, Instant nextAttemptAt, Instant failedAt) {
}
