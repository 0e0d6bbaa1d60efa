package id.giliran.api.operations;

import java.time.Instant;

/** Parked events of one sequence were removed for good by {@code evictedBy}, for {@code reason}. */
public record DeadLettersEvictedEvent(String processingGroup, String sequenceId, int count, String reason,
                                      String evictedBy, Instant at) {
}
