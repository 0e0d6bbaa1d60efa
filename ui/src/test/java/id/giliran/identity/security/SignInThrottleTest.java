package id.giliran.identity.security;

import id.giliran.TestClock;
import id.giliran.identity.security.SignInThrottle.Brake;
import id.giliran.identity.security.SignInThrottle.Refusal;
import id.giliran.infrastructure.RateLimits;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest {

    private static final String ANI = "ani@puskesmas.id";
    private static final String DESK = "10.0.0.5";
    private static final String ELSEWHERE = "203.0.113.9";

    private final TestClock clock = new TestClock(Instant.parse("2026-11-30T01:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(new RateLimits(new RateLimits.Settings(
            Map.of(RateLimits.SIGN_IN_ADDRESS, "30/PT10M", RateLimits.SIGN_IN_ACCOUNT, "100/PT1H")), clock), clock);

    private void fail(String account, String address, int times) {
        for (int failure = 0; failure < times; failure++) {
            throttle.failed(account, address);
        }
    }

    @Test
    void theWaitGrowsAfterTheThirdFailureAndIsCapped() {
        assertThat(SignInThrottle.waitAfter(1)).isZero();
        assertThat(SignInThrottle.waitAfter(3)).isZero();
        assertThat(SignInThrottle.waitAfter(4)).isEqualTo(Duration.ofSeconds(1));
        assertThat(SignInThrottle.waitAfter(5)).isEqualTo(Duration.ofSeconds(2));
        assertThat(SignInThrottle.waitAfter(6)).isEqualTo(Duration.ofSeconds(4));
        assertThat(SignInThrottle.waitAfter(12)).isEqualTo(Duration.ofMinutes(4).plusSeconds(16));
        assertThat(SignInThrottle.waitAfter(13)).isEqualTo(SignInThrottle.MAX_WAIT);
        assertThat(SignInThrottle.waitAfter(1_000)).isEqualTo(SignInThrottle.MAX_WAIT);
    }

    @Test
    void aPairWaitsLongerAfterEveryFailureAndIsRefusedInsideTheWait() {
        fail(ANI, DESK, 3);
        assertThat(throttle.admit(ANI, DESK)).isEmpty();
        throttle.failed(ANI, DESK);

        assertThat(throttle.admit(ANI, DESK)).contains(new Refusal(Brake.PAIR_DELAY, Duration.ofSeconds(1)));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.admit(ANI, DESK)).isEmpty();
        throttle.failed(ANI, DESK);
        clock.advance(Duration.ofMillis(1_999));
        assertThat(throttle.admit(ANI, DESK)).map(Refusal::brake).contains(Brake.PAIR_DELAY);
        clock.advance(Duration.ofMillis(1));
        assertThat(throttle.admit(ANI, DESK)).isEmpty();
    }

    @Test
    void someoneGuessingElsewhereDoesNotSlowTheOfficerAtTheirDesk() {
        fail(ANI, ELSEWHERE, 8);
        assertThat(throttle.admit(ANI, ELSEWHERE)).map(Refusal::brake).contains(Brake.PAIR_DELAY);

        assertThat(throttle.admit(ANI, DESK)).isEmpty();
        assertThat(throttle.admit("budi@puskesmas.id", ELSEWHERE)).isEmpty();
    }

    @Test
    void aSuccessClearsThePair() {
        fail(ANI, DESK, 5);
        clock.advance(Duration.ofSeconds(2));
        throttle.succeeded(ANI, DESK);

        fail(ANI, DESK, 3);
        assertThat(throttle.admit(ANI, DESK)).isEmpty();
    }

    @Test
    void anUnknownUsernameIsCountedTheSameWay() {
        fail("nobody@puskesmas.id", DESK, 4);

        assertThat(throttle.admit("nobody@puskesmas.id", DESK)).contains(new Refusal(Brake.PAIR_DELAY, Duration.ofSeconds(1)));
    }

    @Test
    void manyFailuresFromOneAddressStopNewGuessesFromThereButNotAKnownDesk() {
        throttle.succeeded(ANI, DESK);
        for (int account = 0; account < 30; account++) {
            fail("guess" + account + "@puskesmas.id", DESK, 1);
        }
        throttle.failed("guess30@puskesmas.id", DESK);

        Optional<Refusal> guess = throttle.admit("guess31@puskesmas.id", DESK);
        assertThat(guess).map(Refusal::brake).contains(Brake.ADDRESS_LIMIT);
        assertThat(throttle.admit(ANI, DESK)).as("Ani signed in from this desk before").isEmpty();
        clock.advance(guess.orElseThrow().retryAfter());
        assertThat(throttle.admit("guess31@puskesmas.id", DESK)).isEmpty();
    }

    @Test
    void distributedGuessingOfOneAccountStopsNewAddressesButNotTheOfficersDesk() {
        throttle.succeeded(ANI, DESK);
        for (int address = 0; address <= 100; address++) {
            throttle.failed(ANI, "198.51.100." + address);
        }

        assertThat(throttle.admit(ANI, "198.51.100.200")).map(Refusal::brake).contains(Brake.ACCOUNT_LIMIT);
        assertThat(throttle.admit(ANI, DESK)).isEmpty();
        assertThat(throttle.admit("budi@puskesmas.id", "198.51.100.200")).isEmpty();
    }

    @Test
    void aPasswordResetEndsTheWaitsOfTheAccount() {
        fail(ANI, DESK, 6);
        fail("budi@puskesmas.id", DESK, 6);

        throttle.forgive(ANI);

        assertThat(throttle.admit(ANI, DESK)).isEmpty();
        assertThat(throttle.admit("budi@puskesmas.id", DESK)).isNotEmpty();
    }
}
