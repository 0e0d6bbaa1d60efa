package id.giliran.identity.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.giliran.infrastructure.RateLimits;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Sign-in throttling instead of a lock anyone could put on any officer. Three brakes, checked before the
 * password is:
 * <ol>
 *   <li>per (account, client address) pair, a growing wait after failures: none for the first
 *       {@value #FREE_FAILURES}, then 1 s, 2 s, 4 s … up to {@link #MAX_WAIT}. Someone guessing from another
 *       address does not slow down the officer at their own desk. A success clears the pair.</li>
 *   <li>per client address, at most {@link RateLimits#SIGN_IN_ADDRESS} failures (any account): guessing many
 *       accounts from one place.</li>
 *   <li>per account, at most {@link RateLimits#SIGN_IN_ACCOUNT} failures over all addresses: distributed
 *       guessing of one account.</li>
 * </ol>
 * Only failures spend the two limits (a busy clinic behind one address signing in correctly is never slowed),
 * and while one is spent it refuses only pairs that have not signed in successfully in the last
 * {@link #KNOWN_ADDRESS_MEMORY}: an officer at the desk they always use keeps only their own pair's wait,
 * so neither limit becomes a lock-out someone else can trigger. Unknown usernames are counted exactly like
 * existing ones. Time only from the application's {@link Clock}. State lives in this instance's memory (as
 * {@link RateLimits} does): with several instances each counts on its own, and a restart forgets the waits.
 */
@Component
public class SignInThrottle {

    static final int FREE_FAILURES = 3;
    static final Duration MAX_WAIT = Duration.ofMinutes(5);
    static final Duration KNOWN_ADDRESS_MEMORY = Duration.ofDays(30);

    /** Why an attempt was refused before its password was checked. */
    public enum Brake { PAIR_DELAY, ADDRESS_LIMIT, ACCOUNT_LIMIT }

    private final RateLimits limits;
    private final Clock clock;
    private final Cache<String, Pair> pairs = Caffeine.newBuilder()
            .maximumSize(200_000).expireAfterAccess(Duration.ofDays(1)).build();
    private final Cache<String, Instant> spentUntil = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterWrite(Duration.ofDays(1)).build();
    private final Cache<String, Boolean> knownAddresses = Caffeine.newBuilder()
            .maximumSize(200_000).expireAfterWrite(KNOWN_ADDRESS_MEMORY).build();

    SignInThrottle(RateLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** Answers the brake that refuses this attempt, if any. */
    public Optional<Refusal> admit(String account, String address) {
        Instant now = clock.instant();
        Pair pair = pairs.getIfPresent(key(account, address));
        if (pair != null && now.isBefore(pair.notBefore())) {
            return Optional.of(new Refusal(Brake.PAIR_DELAY, Duration.between(now, pair.notBefore())));
        }
        if (knownAddresses.getIfPresent(key(account, address)) != null) {
            return Optional.empty();
        }
        Optional<Refusal> byAddress = spent(Brake.ADDRESS_LIMIT, address, now);
        return byAddress.isPresent() ? byAddress : spent(Brake.ACCOUNT_LIMIT, account, now);
    }

    /** A wrong password or an unknown or refused account: the pair waits longer, both limits shrink. */
    public void failed(String account, String address) {
        Instant now = clock.instant();
        pairs.asMap().compute(key(account, address), (ignored, pair) -> {
            int failures = pair == null ? 1 : pair.failures() + 1;
            return new Pair(failures, now.plus(waitAfter(failures)));
        });
        spend(Brake.ADDRESS_LIMIT, RateLimits.SIGN_IN_ADDRESS, address, now);
        spend(Brake.ACCOUNT_LIMIT, RateLimits.SIGN_IN_ACCOUNT, account, now);
    }

    private void spend(Brake brake, String limit, String key, Instant now) {
        RateLimits.Admission admission = limits.tryAcquire(limit, key);
        if (!admission.allowed()) {
            spentUntil.put(key(brake.name(), key), now.plus(admission.retryAfter()));
        }
    }

    private Optional<Refusal> spent(Brake brake, String key, Instant now) {
        Instant until = spentUntil.getIfPresent(key(brake.name(), key));
        return until != null && now.isBefore(until)
                ? Optional.of(new Refusal(brake, Duration.between(now, until)))
                : Optional.empty();
    }

    /** A success clears the pair and remembers the address as one this account signs in from. */
    public void succeeded(String account, String address) {
        pairs.invalidate(key(account, address));
        knownAddresses.put(key(account, address), Boolean.TRUE);
    }

    /** An admin set a new password: every wait on the account ends. */
    public void forgive(String account) {
        String prefix = account + '\u0000';
        pairs.asMap().keySet().removeIf(key -> key.startsWith(prefix));
        spentUntil.invalidate(key(Brake.ACCOUNT_LIMIT.name(), account));
    }

    static Duration waitAfter(int failures) {
        if (failures <= FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = failures - FREE_FAILURES - 1;
        if (doublings >= 20) {
            return MAX_WAIT;
        }
        Duration wait = Duration.ofSeconds(1L << doublings);
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    private static String key(String account, String address) {
        return account + '\u0000' + address;
    }

    /** @param brake which brake refused; @param retryAfter when this pair / address / account may try again */
    public record Refusal(Brake brake, Duration retryAfter) {
    }

    private record Pair(int failures, Instant notBefore) {
    }
}
