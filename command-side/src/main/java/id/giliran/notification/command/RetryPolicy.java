package id.giliran.notification.command;

import java.time.Duration;

/**
 * How a failed notification is tried again: the first retry after {@code firstDelay}, each next
 * one after twice the previous wait (30 s, 60 s, 120 s, 240 s by default), at most
 * {@code maxAttempts} attempts in all. A Spring bean, injected into the aggregate's handlers.
 */
public record RetryPolicy(Duration firstDelay, int maxAttempts) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofSeconds(30), 5);

    public RetryPolicy {
        if (firstDelay == null || firstDelay.isNegative() || maxAttempts < 1) {
            throw new IllegalArgumentException("a retry policy needs a delay >= 0 and at least one attempt");
        }
    }

    /** The wait after failed attempt {@code attempt} (1-based), or null when no attempt is left. */
    public Duration delayAfter(int attempt) {
        if (attempt >= maxAttempts) {
            return null;
        }
        return firstDelay.multipliedBy(1L << Math.min(attempt - 1, 20));
    }
}
