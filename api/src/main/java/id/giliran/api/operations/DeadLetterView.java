package id.giliran.api.operations;

import java.time.Instant;

/**
 * One parked event: its place in its sequence (0 is the one that failed first, the others wait behind
 * it), the event type, the aggregate it belongs to, the error, how many times handling it was tried
 * (each try with its own retries in place), and its first and last failure.
 */
public record DeadLetterView(String processingGroup, String sequenceId, int index, String eventType,
                             String aggregateType, String aggregateId, long aggregateSequence, String error,
                             int attempts, Instant firstFailure, Instant lastFailure) {
}
