package id.giliran.infrastructure;

import id.giliran.TestClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateLimitsTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-11-30T01:00:00Z"));

    @Test
    void aKeyGetsItsCapacityThenWaitsForTheRefillWhileOtherKeysGoOn() {
        RateLimits limits = new RateLimits(new RateLimits.Settings(Map.of(RateLimits.KIOSK_TICKETS, "3/PT1M")), clock);

        for (int i = 0; i < 3; i++) {
            assertThat(limits.tryAcquire(RateLimits.KIOSK_TICKETS, "kiosk-1").allowed()).isTrue();
        }
        RateLimits.Admission refused = limits.tryAcquire(RateLimits.KIOSK_TICKETS, "kiosk-1");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(20));
        assertThat(limits.tryAcquire(RateLimits.KIOSK_TICKETS, "kiosk-2").allowed()).isTrue();

        clock.advance(Duration.ofSeconds(20));
        assertThat(limits.tryAcquire(RateLimits.KIOSK_TICKETS, "kiosk-1").allowed()).isTrue();
        assertThat(limits.tryAcquire(RateLimits.KIOSK_TICKETS, "kiosk-1").allowed()).isFalse();
    }

    @Test
    void unconfiguredLimitsKeepTheirDefaultsAndAMalformedOneStopsTheStart() {
        RateLimits limits = new RateLimits(new RateLimits.Settings(null), clock);
        assertThat(limits.tryAcquire(RateLimits.SELF_REGISTRATION, "10.0.0.1").allowed()).isTrue();
        assertThatThrownBy(() -> limits.tryAcquire("unknown", "x")).isInstanceOf(IllegalArgumentException.class);

        assertThatThrownBy(() -> new RateLimits(new RateLimits.Settings(Map.of(RateLimits.KIOSK_TICKETS, "many")), clock))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("giliran.rate-limits.kiosk-tickets");
    }
}
