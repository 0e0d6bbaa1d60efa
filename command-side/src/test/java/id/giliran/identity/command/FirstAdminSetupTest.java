package id.giliran.identity.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.identity.ClaimFirstAdminSetupCommand;
import id.giliran.api.identity.FirstAdminSetupClaimedEvent;
import id.giliran.api.identity.FirstAdminSetupReleasedEvent;
import id.giliran.api.identity.ReleaseFirstAdminSetupCommand;
import id.giliran.command.BusinessRuleViolation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

class FirstAdminSetupTest {

    static final Instant NOW = Instant.parse("2026-11-30T01:00:00Z");
    static final String SETUP = ClaimFirstAdminSetupCommand.INSTALLATION;

    private FixtureConfiguration<FirstAdminSetup> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FirstAdminSetup.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneId.of("Asia/Jakarta")));
    }

    @Test
    void canClaimAnUnclaimedSetup() {
        fixture.givenNoPriorActivity()
               .when(new ClaimFirstAdminSetupCommand(SETUP))
               .expectEvents(new FirstAdminSetupClaimedEvent(SETUP, NOW));
    }

    @Test
    void cannotClaimTheSetupTwice() {
        fixture.given(new FirstAdminSetupClaimedEvent(SETUP, NOW))
               .when(new ClaimFirstAdminSetupCommand(SETUP))
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.SETUP_ALREADY_DONE.name())
               .expectNoEvents();
    }

    @Test
    void canClaimAgainAfterARelease() {
        fixture.given(new FirstAdminSetupClaimedEvent(SETUP, NOW), new FirstAdminSetupReleasedEvent(SETUP))
               .when(new ClaimFirstAdminSetupCommand(SETUP))
               .expectEvents(new FirstAdminSetupClaimedEvent(SETUP, NOW));
    }

    @Test
    void canReleaseAClaimOnce() {
        fixture.given(new FirstAdminSetupClaimedEvent(SETUP, NOW))
               .when(new ReleaseFirstAdminSetupCommand(SETUP))
               .expectEvents(new FirstAdminSetupReleasedEvent(SETUP));
        fixture.given(new FirstAdminSetupClaimedEvent(SETUP, NOW), new FirstAdminSetupReleasedEvent(SETUP))
               .when(new ReleaseFirstAdminSetupCommand(SETUP))
               .expectNoEvents();
    }
}
