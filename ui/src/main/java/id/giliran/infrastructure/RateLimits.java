package id.giliran.infrastructure;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Named rate limits, each a token bucket (Bucket4j) per key: a client address, an account, a kiosk
 * device, an API token. A limit is {@code <capacity>/<ISO-8601 period>}, e.g. {@code 30/PT1M}: at
 * most 30 at once, refilled to 30 over a minute. Every limit has a default below and can be changed
 * with {@code giliran.rate-limits.<name>} (e.g. {@code --giliran.rate-limits.kiosk-tickets=60/PT5M}).
 *
 * <p>Buckets live in this instance's memory (idle ones are forgotten after a day); with several
 * ui instances behind a load balancer each instance counts on its own, which multiplies a limit by
 * the number of instances at most. Time comes from the application's {@link Clock}, so tests move it.
 */
@Component
@EnableConfigurationProperties(RateLimits.Settings.class)
public class RateLimits {

    /** Failed sign-ins from one client address (any account), see SignInThrottle. */
    public static final String SIGN_IN_ADDRESS = "sign-in-address";
    /** Failed sign-ins to one account over all client addresses (distributed guessing), see SignInThrottle. */
    public static final String SIGN_IN_ACCOUNT = "sign-in-account";
    /** New accounts opened by people for themselves, per client address. */
    public static final String SELF_REGISTRATION = "self-registration";
    /**
     * Tickets taken at one kiosk device (or, without a device token, one address). 15 at once covers a family or a
     * group arriving together; refilled one every 8 s, above a busy Puskesmas' morning peak of one ticket every
     * 10-20 s, while a script is held to about 7 a minute (a clinic's quota of 100 lasts at least a quarter hour,
     * long enough for the front desk to see it).
     */
    public static final String KIOSK_TICKETS = "kiosk-tickets";
    /** Booking codes looked up at one kiosk (arrival of an online booking): guessing codes stays hopeless. */
    public static final String KIOSK_BOOKING_CODES = "kiosk-booking-codes";

    private static final Map<String, String> DEFAULTS = Map.of(
            SIGN_IN_ADDRESS, "30/PT10M",
            SIGN_IN_ACCOUNT, "100/PT1H",
            SELF_REGISTRATION, "5/PT1H",
            KIOSK_TICKETS, "15/PT2M",
            KIOSK_BOOKING_CODES, "15/PT2M");

    private final Map<String, Bandwidth> limits = new HashMap<>();
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofDays(1)).build();
    private final TimeMeter time;

    public RateLimits(Settings settings, Clock clock) {
        Map<String, String> configured = new HashMap<>(DEFAULTS);
        if (settings.rateLimits() != null) {
            configured.putAll(settings.rateLimits());
        }
        configured.forEach((name, text) -> limits.put(name, parse(name, text)));
        this.time = new ClockTime(clock);
    }

    /** Takes one from {@code key}'s bucket of {@code limit}; answers whether it was allowed, and if not, when to try again. */
    public Admission tryAcquire(String limit, String key) {
        Bandwidth bandwidth = limits.get(limit);
        if (bandwidth == null) {
            throw new IllegalArgumentException("No rate limit named " + limit);
        }
        Bucket bucket = buckets.get(limit + '\u0000' + key, ignored -> Bucket.builder()
                .addLimit(bandwidth).withCustomTimePrecision(time).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed()
                ? new Admission(true, Duration.ZERO)
                : new Admission(false, Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    static Bandwidth parse(String name, String text) {
        String[] parts = text == null ? new String[0] : text.strip().split("/");
        try {
            long capacity = Long.parseLong(parts[0].strip());
            Duration period = Duration.parse(parts[1].strip());
            if (capacity < 1 || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException();
            }
            return Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build();
        } catch (RuntimeException malformed) {
            throw new IllegalStateException("giliran.rate-limits." + name + " must look like 30/PT1M (how many, per "
                    + "ISO-8601 period), not '" + text + "'", malformed);
        }
    }

    /** @param allowed whether it may go ahead; @param retryAfter when the next one would be allowed */
    public record Admission(boolean allowed, Duration retryAfter) {
    }

    /** @param rateLimits name → {@code <capacity>/<ISO-8601 period>} ({@code giliran.rate-limits.<name>}); others keep their defaults */
    @ConfigurationProperties("giliran")
    public record Settings(Map<String, String> rateLimits) {
    }

    private record ClockTime(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            return TimeUnit.MILLISECONDS.toNanos(clock.millis());
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
