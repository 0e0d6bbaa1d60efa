package id.giliran.queue.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.queue.CallTicketCommand;
import id.giliran.api.queue.FinishTicketCommand;
import id.giliran.api.queue.RecallTicketCommand;
import id.giliran.api.queue.SkipTicketCommand;
import id.giliran.api.queue.StartServingTicketCommand;
import id.giliran.api.queue.TicketFinishedEvent;
import id.giliran.api.queue.TicketRecalledEvent;
import id.giliran.api.queue.TicketServingStartedEvent;
import id.giliran.api.queue.TicketSkippedEvent;
import id.giliran.api.queue.PaymentType;
import id.giliran.api.queue.TicketCalledEvent;
import id.giliran.api.queue.TicketCategory;
import id.giliran.api.queue.TicketIssuedEvent;
import id.giliran.api.queue.TicketNumber;
import id.giliran.command.BusinessRuleViolation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

class TicketTest {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final Instant ISSUED = Instant.parse("2026-11-22T01:15:00Z");
    static final Instant NOW = Instant.parse("2026-11-22T01:40:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final TicketNumber A_001 = new TicketNumber("A", 1);
    static final TicketIssuedEvent ISSUED_A_001 = new TicketIssuedEvent("t-1", TODAY, A_001, TicketCategory.GENERAL,
            null, PaymentType.BPJS, "UMUM", ISSUED);

    private FixtureConfiguration<Ticket> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Ticket.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, JAKARTA));
    }

    @Test
    void canCallAWaitingTicket() {
        fixture.given(ISSUED_A_001)
               .when(new CallTicketCommand("t-1", "LOKET-2", 2))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new TicketCalledEvent("t-1", TODAY, A_001, "LOKET-2", 2, NOW));
    }

    @Test
    void cannotCallATicketTwice() {
        fixture.given(ISSUED_A_001, new TicketCalledEvent("t-1", TODAY, A_001, "LOKET-1", 1, ISSUED))
               .when(new CallTicketCommand("t-1", "LOKET-2", 2))
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.TICKET_NOT_WAITING.name())
               .expectNoEvents();
    }

    @Test
    void cannotCallATicketOfAnotherDay() {
        var yesterday = new TicketIssuedEvent("t-1", TODAY.minusDays(1), A_001, TicketCategory.GENERAL, null,
                PaymentType.UMUM, "UMUM", ISSUED.minusSeconds(86_400));
        fixture.given(yesterday)
               .when(new CallTicketCommand("t-1", "LOKET-1", 1))
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.TICKET_NOT_FOR_TODAY.name())
               .expectNoEvents();
    }

    static final TicketCalledEvent CALLED_A_001 = new TicketCalledEvent("t-1", TODAY, A_001, "LOKET-1", 1, ISSUED);

    @Test
    void canRecallACalledTicketAtItsCounter() {
        fixture.given(ISSUED_A_001, CALLED_A_001)
               .when(new RecallTicketCommand("t-1"))
               .expectEvents(new TicketRecalledEvent("t-1", TODAY, A_001, 1, NOW));
    }

    @Test
    void cannotRecallAWaitingTicket() {
        fixture.given(ISSUED_A_001)
               .when(new RecallTicketCommand("t-1"))
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.TICKET_NOT_CALLED.name())
               .expectNoEvents();
    }

    @Test
    void canSkipACalledTicketAndCallItBackLater() {
        fixture.given(ISSUED_A_001, CALLED_A_001)
               .when(new SkipTicketCommand("t-1"))
               .expectEvents(new TicketSkippedEvent("t-1", TODAY, A_001, NOW));
        fixture.given(ISSUED_A_001, CALLED_A_001, new TicketSkippedEvent("t-1", TODAY, A_001, ISSUED))
               .when(new CallTicketCommand("t-1", "LOKET-2", 2))
               .expectEvents(new TicketCalledEvent("t-1", TODAY, A_001, "LOKET-2", 2, NOW));
    }

    @Test
    void canServeAndFinishACalledTicket() {
        fixture.given(ISSUED_A_001, CALLED_A_001)
               .when(new StartServingTicketCommand("t-1"))
               .expectEvents(new TicketServingStartedEvent("t-1", TODAY, A_001, NOW));
        fixture.given(ISSUED_A_001, CALLED_A_001, new TicketServingStartedEvent("t-1", TODAY, A_001, ISSUED))
               .when(new FinishTicketCommand("t-1"))
               .expectEvents(new TicketFinishedEvent("t-1", TODAY, A_001, NOW));
    }

    @Test
    void cannotFinishATicketThatIsNotBeingServed() {
        fixture.given(ISSUED_A_001, CALLED_A_001)
               .when(new FinishTicketCommand("t-1"))
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.TICKET_NOT_SERVING.name())
               .expectNoEvents();
    }

    @Test
    void cannotServeASkippedTicket() {
        fixture.given(ISSUED_A_001, CALLED_A_001, new TicketSkippedEvent("t-1", TODAY, A_001, ISSUED))
               .when(new StartServingTicketCommand("t-1"))
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.TICKET_NOT_CALLED.name())
               .expectNoEvents();
    }

    @Test
    void cannotCallWithoutACounter() {
        fixture.given(ISSUED_A_001)
               .when(new CallTicketCommand("t-1", "", 0))
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.INVALID_INPUT.name())
               .expectNoEvents();
    }
}
