package id.giliran.queue.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.queue.IssueTicketCommand;
import id.giliran.api.queue.PaymentType;
import id.giliran.api.queue.PriorityReason;
import id.giliran.api.queue.TicketCategory;
import id.giliran.api.queue.TicketIssuedEvent;
import id.giliran.api.queue.TicketNumber;
import id.giliran.api.queue.TicketNumberAllocatedEvent;
import id.giliran.command.BusinessRuleViolation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class QueueLineTest {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final Instant NOW = Instant.parse("2026-11-22T01:15:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private FixtureConfiguration<QueueLine> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(QueueLine.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, JAKARTA));
        fixture.registerInjectableResource((ClinicAdmission) (clinicCode, serviceDate, ticketId, clock) -> {
            if (refusal != null) {
                throw new BusinessRuleViolation(refusal, "refused");
            }
        });
    }

    /** What the clinic answers when asked to admit a ticket; null: admitted. */
    private ErrorCode refusal;

    @Test
    void cannotIssueWhenTheClinicRefusesAndNoNumberIsUsed() {
        for (ErrorCode reason : new ErrorCode[]{ErrorCode.CLINIC_FULL, ErrorCode.CLINIC_INACTIVE,
                ErrorCode.SERVICE_CLOSED, ErrorCode.CLINIC_UNKNOWN}) {
            refusal = reason;
            fixture.given(new TicketNumberAllocatedEvent("A@2026-11-22", TODAY, new TicketNumber("A", 1), "t-1"))
                   .when(new IssueTicketCommand("t-2", TODAY, "A", TicketCategory.GENERAL, null, PaymentType.BPJS, "UMUM"))
                   .expectException(BusinessRuleViolation.class)
                   .expectExceptionDetails(reason.name())
                   .expectNoEvents();
        }
    }

    @Test
    void canIssueTheFirstTicketOfALine() {
        var command = new IssueTicketCommand("t-1", TODAY, "A", TicketCategory.GENERAL, null, PaymentType.BPJS, "UMUM");
        var number = new TicketNumber("A", 1);

        fixture.givenNoPriorActivity()
               .when(command)
               .expectSuccessfulHandlerExecution()
               .expectResultMessagePayload(number)
               .expectEvents(
                       new TicketNumberAllocatedEvent("A@2026-11-22", TODAY, number, "t-1"),
                       new TicketIssuedEvent("t-1", TODAY, number, TicketCategory.GENERAL, null, PaymentType.BPJS,
                               "UMUM", NOW));
    }

    @Test
    void canIssueTheNextNumberAfterTheLastOne() {
        var command = new IssueTicketCommand("t-3", TODAY, "P", TicketCategory.PRIORITY, PriorityReason.LANSIA,
                PaymentType.UMUM, "GIGI");

        fixture.given(new TicketNumberAllocatedEvent("P@2026-11-22", TODAY, new TicketNumber("P", 1), "t-1"),
                       new TicketNumberAllocatedEvent("P@2026-11-22", TODAY, new TicketNumber("P", 2), "t-2"))
               .when(command)
               .expectResultMessagePayload(new TicketNumber("P", 3))
               .expectEvents(
                       new TicketNumberAllocatedEvent("P@2026-11-22", TODAY, new TicketNumber("P", 3), "t-3"),
                       new TicketIssuedEvent("t-3", TODAY, new TicketNumber("P", 3), TicketCategory.PRIORITY,
                               PriorityReason.LANSIA, PaymentType.UMUM, "GIGI", NOW));
    }

    @Test
    void cannotIssueAPriorityTicketWithoutAReason() {
        fixture.givenNoPriorActivity()
               .when(new IssueTicketCommand("t-1", TODAY, "P", TicketCategory.PRIORITY, null, PaymentType.BPJS, "UMUM"))
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.PRIORITY_REASON_REQUIRED.name())
               .expectNoEvents();
    }

    @Test
    void cannotIssueAGeneralTicketWithAPriorityReason() {
        fixture.givenNoPriorActivity()
               .when(new IssueTicketCommand("t-1", TODAY, "A", TicketCategory.GENERAL, PriorityReason.BALITA,
                       PaymentType.BPJS, "UMUM"))
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.PRIORITY_REASON_NOT_ALLOWED.name())
               .expectNoEvents();
    }

    @Test
    void cannotIssueAGeneralTicketInThePriorityLine() {
        fixture.givenNoPriorActivity()
               .when(new IssueTicketCommand("t-1", TODAY, "P", TicketCategory.GENERAL, null, PaymentType.BPJS, "UMUM"))
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.TICKET_PREFIX_INVALID.name())
               .expectNoEvents();
    }

    @Test
    void cannotIssueAPriorityTicketOutsideThePriorityLine() {
        fixture.givenNoPriorActivity()
               .when(new IssueTicketCommand("t-1", TODAY, "A", TicketCategory.PRIORITY, PriorityReason.IBU_HAMIL,
                       PaymentType.BPJS, "UMUM"))
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.TICKET_PREFIX_INVALID.name())
               .expectNoEvents();
    }

    @Test
    void cannotIssueWithAMalformedPrefix() {
        fixture.givenNoPriorActivity()
               .when(new IssueTicketCommand("t-1", TODAY, "a1", TicketCategory.GENERAL, null, PaymentType.BPJS, "UMUM"))
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.TICKET_PREFIX_INVALID.name())
               .expectNoEvents();
    }

    @Test
    void cannotIssueWithoutAClinicOrPayment() {
        fixture.givenNoPriorActivity()
               .when(new IssueTicketCommand("t-1", TODAY, "A", TicketCategory.GENERAL, null, null, " "))
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.INVALID_INPUT.name())
               .expectNoEvents();
    }

    @Test
    void linesOfDifferentDaysAndPrefixesHaveDifferentIdentifiers() {
        var a = new IssueTicketCommand("t-1", TODAY, "A", TicketCategory.GENERAL, null, PaymentType.BPJS, "UMUM");
        var b = new IssueTicketCommand("t-2", TODAY.plusDays(1), "A", TicketCategory.GENERAL, null, PaymentType.BPJS, "UMUM");
        var c = new IssueTicketCommand("t-3", TODAY, "B", TicketCategory.GENERAL, null, PaymentType.BPJS, "GIGI");
        assertThat(a.queueLineId()).isEqualTo("A@2026-11-22");
        assertThat(b.queueLineId()).isEqualTo("A@2026-11-23");
        assertThat(c.queueLineId()).isEqualTo("B@2026-11-22");
    }
}
