package id.giliran.api.registration;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The PCare visit of a registration as the desk and the sender see it.
 *
 * @param queueNumber   PCare's noUrut, once bridged
 * @param reason        why the last attempt failed, when it did
 * @param attempts      attempts of the current operation (adding, or deleting) so far
 * @param nextAttemptAt when a sender may take the next attempt (also when an attempt in progress counts as lost)
 */
public record BpjsBridging(BpjsBridgingStatus status, String cardNumber, LocalDate visitDate, String providerCode,
                           String poliCode, String queueNumber, String reason, int attempts, Instant nextAttemptAt,
                           String requestedBy, Instant requestedAt) {
}
