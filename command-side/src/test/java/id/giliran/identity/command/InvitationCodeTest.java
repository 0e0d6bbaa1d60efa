package id.giliran.identity.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.identity.InvitationCodeIssuedEvent;
import id.giliran.api.identity.InvitationCodeRevokedEvent;
import id.giliran.api.identity.InvitationCodeUsedEvent;
import id.giliran.api.identity.IssueInvitationCodeCommand;
import id.giliran.api.identity.RevokeInvitationCodeCommand;
import id.giliran.api.identity.UseInvitationCodeCommand;
import id.giliran.command.BusinessRuleViolation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

class InvitationCodeTest {

    static final Instant NOW = Instant.parse("2026-11-30T01:00:00Z");
    static final Instant LATER = NOW.plusSeconds(86_400);
    static final String ID = "9f".repeat(32);
    static final InvitationCodeIssuedEvent ISSUED = new InvitationCodeIssuedEvent(ID, "SMAN 1 Kelas X-2", LATER, 2,
            NOW.minusSeconds(60));

    private FixtureConfiguration<InvitationCode> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(InvitationCode.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneId.of("Asia/Jakarta")));
    }

    @Test
    void canIssueACodeForAClass() {
        fixture.givenNoPriorActivity()
               .when(new IssueInvitationCodeCommand(ID, "  SMAN 1 Kelas X-2 ", LATER, 30))
               .expectEvents(new InvitationCodeIssuedEvent(ID, "SMAN 1 Kelas X-2", LATER, 30, NOW));
    }

    @Test
    void canIssueACodeWithoutExpiryOrLimit() {
        fixture.givenNoPriorActivity()
               .when(new IssueInvitationCodeCommand(ID, "SMPN 3", null, null))
               .expectEvents(new InvitationCodeIssuedEvent(ID, "SMPN 3", null, null, NOW));
    }

    @Test
    void cannotIssueACodeWithoutALabelOrWithAPastExpiryOrNoUses() {
        fixture.givenNoPriorActivity().when(new IssueInvitationCodeCommand(ID, " ", null, null))
               .expectException(BusinessRuleViolation.class).expectNoEvents();
        fixture.givenNoPriorActivity().when(new IssueInvitationCodeCommand(ID, "x".repeat(101), null, null))
               .expectException(BusinessRuleViolation.class).expectNoEvents();
        fixture.givenNoPriorActivity().when(new IssueInvitationCodeCommand(ID, "SMPN 3", NOW, null))
               .expectException(BusinessRuleViolation.class).expectNoEvents();
        fixture.givenNoPriorActivity().when(new IssueInvitationCodeCommand(ID, "SMPN 3", null, 0))
               .expectExceptionDetails(ErrorCode.INVALID_INPUT.name()).expectNoEvents();
    }

    @Test
    void canUseAValidCode() {
        fixture.given(ISSUED)
               .when(new UseInvitationCodeCommand(ID))
               .expectEvents(new InvitationCodeUsedEvent(ID, NOW));
    }

    @Test
    void cannotUseARevokedCode() {
        fixture.given(ISSUED, new InvitationCodeRevokedEvent(ID, NOW))
               .when(new UseInvitationCodeCommand(ID))
               .expectExceptionDetails(ErrorCode.INVITATION_CODE_REVOKED.name())
               .expectNoEvents();
    }

    @Test
    void cannotUseAnExpiredCode() {
        fixture.given(new InvitationCodeIssuedEvent(ID, "SMPN 3", NOW, null, NOW.minusSeconds(60)))
               .when(new UseInvitationCodeCommand(ID))
               .expectExceptionDetails(ErrorCode.INVITATION_CODE_EXPIRED.name())
               .expectNoEvents();
    }

    @Test
    void cannotUseACodeMoreOftenThanAllowed() {
        fixture.given(ISSUED, new InvitationCodeUsedEvent(ID, NOW), new InvitationCodeUsedEvent(ID, NOW))
               .when(new UseInvitationCodeCommand(ID))
               .expectExceptionDetails(ErrorCode.INVITATION_CODE_USED_UP.name())
               .expectNoEvents();
    }

    @Test
    void canRevokeACodeOnce() {
        fixture.given(ISSUED)
               .when(new RevokeInvitationCodeCommand(ID))
               .expectEvents(new InvitationCodeRevokedEvent(ID, NOW));
        fixture.given(ISSUED, new InvitationCodeRevokedEvent(ID, NOW))
               .when(new RevokeInvitationCodeCommand(ID))
               .expectNoEvents();
    }
}
