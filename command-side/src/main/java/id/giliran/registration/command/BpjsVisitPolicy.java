package id.giliran.registration.command;

import java.time.Duration;

/**
 * How PCare visit attempts are retried: the first retry after {@code firstDelay}, each next one after
 * twice the previous wait (30, 60, 120, 240 s by default), at most {@code maxAttempts} attempts per
 * operation; an attempt whose outcome is not recorded within {@code claimTimeout} counts as lost and
 * may be taken over. A Spring bean, injected into the registration's handlers.
 */
public record BpjsVisitPolicy(Duration firstDelay, int maxAttempts, Duration claimTimeout) {

    public static final BpjsVisitPolicy DEFAULT = new BpjsVisitPolicy(Duration.ofSeconds(30), 5,
            Duration.ofMinutes(2));

    public BpjsVisitPolicy {
        if (firstDelay == null || firstDelay.isNegative() || maxAttempts < 1 || claimTimeout == null
                || claimTimeout.isNegative()) {
            throw new IllegalArgumentException("a BPJS visit policy needs delays >= 0 and at least one attempt");
        }
    }

    /** The wait after failed attempt {@code attempt} (1-based), or null when no attempt is left. */
    public java.time.Duration delayAfter(int attempt) {
        if (attempt >= maxAttempts) {
            return null;
        }
        return firstDelay.multipliedBy(1L << Math.min(attempt - 1, 20));
    }
}
