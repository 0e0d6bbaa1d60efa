package id.giliran.queue.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.identity.Caller;
import id.giliran.api.identity.Role;
import id.giliran.api.queue.BookTicketCommand;
import id.giliran.api.queue.Bookings;
import id.giliran.api.queue.TicketBookedEvent;
import id.giliran.api.queue.IssueTicketCommand;
import id.giliran.api.queue.PaymentType;
import id.giliran.api.queue.PriorityReason;
import id.giliran.api.queue.TicketCategory;
import id.giliran.api.queue.TicketIssuedEvent;
import id.giliran.api.queue.TicketNumber;
import id.giliran.api.queue.TicketNumberAllocatedEvent;
import id.giliran.command.BusinessRuleViolation;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

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
        fixture.registerInjectableResource(new ClinicAdmission() {
            @Override
            public void admit(String clinicCode, LocalDate serviceDate, String ticketId, Clock clock) {
                admitBooking(clinicCode, serviceDate, ticketId, null, clock);
            }

            @Override
            public void admitBooking(String clinicCode, LocalDate serviceDate, String ticketId, String patient,
                                     Clock clock) {
                if (refusal != null) {
                    throw new BusinessRuleViolation(refusal, "refused");
                }
                admittedPatient = patient;
            }

            @Override
            public void withdraw(String clinicCode, LocalDate serviceDate, String ticketId, String patient) {
                throw new AssertionError("a queue line never withdraws");
            }
        });
    }

    /** The patient the clinic was asked to admit a booking for. */
    private String admittedPatient;

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
    void cannotIssueAKioskTicketForAnotherDay() {
        fixture.givenNoPriorActivity()
               .when(new IssueTicketCommand("t-1", TODAY.plusDays(1), "A", TicketCategory.GENERAL, null,
                       PaymentType.BPJS, "UMUM"))
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.TICKET_NOT_FOR_TODAY.name())
               .expectNoEvents();
    }

    static final MetaData SITI = MetaData.from(new Caller("+6281234567890", Set.of(Role.PASIEN), "10.0.0.9")
            .toMetaData());

    static BookTicketCommand booking(String ticketId, LocalDate day) {
        return new BookTicketCommand(ticketId, day, "A", TicketCategory.GENERAL, null, PaymentType.BPJS, "UMUM",
                "+6281234567890", "K7M2Q9XA", "3201014101900001", "0001234567890", "+6281234567890");
    }

    @Test
    void canBookATicketThatHoldsTheNextNumber() {
        LocalDate inAWeek = TODAY.plusDays(Bookings.DAYS_AHEAD);
        var number = new TicketNumber("A", 4);
        fixture.given(new TicketNumberAllocatedEvent("A@2026-11-29", inAWeek, new TicketNumber("A", 3), "t-3"))
               .when(booking("t-4", inAWeek), SITI)
               .expectSuccessfulHandlerExecution()
               .expectResultMessagePayload(number)
               .expectEvents(
                       new TicketNumberAllocatedEvent("A@2026-11-29", inAWeek, number, "t-4"),
                       new TicketBookedEvent("t-4", inAWeek, number, TicketCategory.GENERAL, null, PaymentType.BPJS,
                               "UMUM", "+6281234567890", "K7M2Q9XA", "3201014101900001", "0001234567890",
                               "+6281234567890", NOW));
        assertThat(admittedPatient).isEqualTo("+6281234567890");
    }

    @Test
    void cannotBookBeyondAWeek() {
        fixture.givenNoPriorActivity()
               .when(booking("t-1", TODAY.plusDays(Bookings.DAYS_AHEAD + 1)), SITI)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.BOOKING_DATE_OUT_OF_RANGE.name())
               .expectNoEvents();
    }

    @Test
    void cannotBookForAPastDay() {
        fixture.givenNoPriorActivity()
               .when(booking("t-1", TODAY.minusDays(1)), SITI)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.BOOKING_DATE_OUT_OF_RANGE.name())
               .expectNoEvents();
    }

    @Test
    void cannotBookForSomeoneElse() {
        MetaData other = MetaData.from(new Caller("budi@contoh.id", Set.of(Role.PASIEN), "10.0.0.8").toMetaData());
        fixture.givenNoPriorActivity()
               .when(booking("t-1", TODAY), other)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.NOT_YOUR_BOOKING.name())
               .expectNoEvents();
    }

    @Test
    void cannotBookWithAMalformedNikBpjsNumberOrPhone() {
        BookTicketCommand good = booking("t-1", TODAY);
        var cases = java.util.Map.of(
                ErrorCode.NIK_INVALID, new BookTicketCommand("t-1", TODAY, "A", TicketCategory.GENERAL, null,
                        PaymentType.BPJS, "UMUM", good.patient(), good.bookingCode(), "32010141019", null, null),
                ErrorCode.BPJS_NUMBER_INVALID, new BookTicketCommand("t-1", TODAY, "A", TicketCategory.GENERAL, null,
                        PaymentType.BPJS, "UMUM", good.patient(), good.bookingCode(), null, "00012345", null),
                ErrorCode.PHONE_INVALID, new BookTicketCommand("t-1", TODAY, "A", TicketCategory.GENERAL, null,
                        PaymentType.BPJS, "UMUM", good.patient(), good.bookingCode(), null, null, "0812345"));
        cases.forEach((code, command) -> fixture.givenNoPriorActivity()
                                                .when(command, SITI)
                                                .expectException(BusinessRuleViolation.class)
                                                .expectExceptionDetails(code.name())
                                                .expectNoEvents());
    }

    @Test
    void cannotBookWhenTheClinicRefuses() {
        refusal = ErrorCode.BOOKING_ALREADY_ACTIVE;
        fixture.givenNoPriorActivity()
               .when(booking("t-2", TODAY), SITI)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.BOOKING_ALREADY_ACTIVE.name())
               .expectNoEvents();
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
