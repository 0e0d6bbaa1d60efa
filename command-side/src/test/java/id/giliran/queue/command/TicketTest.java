package id.giliran.queue.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.common.TextLimit;
import id.giliran.api.identity.Caller;
import id.giliran.api.identity.Role;
import id.giliran.api.queue.ArrivalChannel;
import id.giliran.api.queue.CancelBookingCommand;
import id.giliran.api.queue.ConfirmArrivalCommand;
import id.giliran.api.queue.TicketArrivalConfirmedEvent;
import id.giliran.api.queue.TicketBookedEvent;
import id.giliran.api.queue.TicketBookingCancelledEvent;
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
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import id.giliran.command.TextLimitCase;

import static org.assertj.core.api.Assertions.assertThat;

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
        fixture.registerInjectableResource(new ClinicAdmission() {
            @Override
            public void admit(String clinicCode, LocalDate serviceDate, String ticketId, Clock clock) {
                throw new AssertionError("a ticket never admits");
            }

            @Override
            public void admitBooking(String clinicCode, LocalDate serviceDate, String ticketId, String patient,
                                     Clock clock) {
                throw new AssertionError("a ticket never admits");
            }

            @Override
            public void withdraw(String clinicCode, LocalDate serviceDate, String ticketId, String patient) {
                withdrawn.add(clinicCode + "/" + serviceDate + "/" + ticketId + "/" + patient);
            }
        });
    }

    private final List<String> withdrawn = new ArrayList<>();

    static final String SITI = "+6281234567890";
    static final MetaData SITI_CALLING = caller(SITI, Role.PASIEN);
    static final MetaData BUDI_CALLING = caller("budi@contoh.id", Role.PASIEN);
    static final MetaData OFFICER = caller("loket1@puskesmas.id", Role.PETUGAS_LOKET);
    static final MetaData KIOSK = caller(Caller.ANONYMOUS);

    static MetaData caller(String username, Role... roles) {
        return MetaData.from(new Caller(username, Set.of(roles), "10.0.0.5").toMetaData());
    }

    static TicketBookedEvent booked(LocalDate day) {
        return new TicketBookedEvent("t-1", day, A_001, TicketCategory.GENERAL, null, PaymentType.BPJS, "UMUM", SITI,
                "K7M2Q9XA", null, null, SITI, ISSUED);
    }

    @Test
    void cannotCallABookedTicketBeforeArrival() {
        fixture.given(booked(TODAY))
               .when(new CallTicketCommand("t-1", "LOKET-1", 1))
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.TICKET_NOT_WAITING.name())
               .expectNoEvents();
    }

    @Test
    void canConfirmArrivalAtTheKioskAndThenBeCalled() {
        fixture.given(booked(TODAY))
               .when(new ConfirmArrivalCommand("t-1", ArrivalChannel.KIOSK), KIOSK)
               .expectEvents(new TicketArrivalConfirmedEvent("t-1", TODAY, A_001, ArrivalChannel.KIOSK, NOW));
        fixture.given(booked(TODAY), new TicketArrivalConfirmedEvent("t-1", TODAY, A_001, ArrivalChannel.KIOSK, NOW))
               .when(new CallTicketCommand("t-1", "LOKET-1", 1))
               .expectEvents(new TicketCalledEvent("t-1", TODAY, A_001, "LOKET-1", 1, NOW));
    }

    @Test
    void canConfirmArrivalOnTheOwnPhoneOnly() {
        fixture.given(booked(TODAY))
               .when(new ConfirmArrivalCommand("t-1", ArrivalChannel.MOBILE), SITI_CALLING)
               .expectEvents(new TicketArrivalConfirmedEvent("t-1", TODAY, A_001, ArrivalChannel.MOBILE, NOW));
        fixture.given(booked(TODAY))
               .when(new ConfirmArrivalCommand("t-1", ArrivalChannel.MOBILE), BUDI_CALLING)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.NOT_YOUR_BOOKING.name())
               .expectNoEvents();
    }

    @Test
    void cannotConfirmArrivalAtTheLoketWithoutBeingFrontDesk() {
        fixture.given(booked(TODAY))
               .when(new ConfirmArrivalCommand("t-1", ArrivalChannel.LOKET), KIOSK)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.ACCESS_DENIED.name())
               .expectNoEvents();
    }

    @Test
    void cannotConfirmArrivalOnAnotherDayOrTwice() {
        fixture.given(booked(TODAY.plusDays(1)))
               .when(new ConfirmArrivalCommand("t-1", ArrivalChannel.KIOSK), KIOSK)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.TICKET_NOT_FOR_TODAY.name())
               .expectNoEvents();
        fixture.given(booked(TODAY), new TicketArrivalConfirmedEvent("t-1", TODAY, A_001, ArrivalChannel.KIOSK, NOW))
               .when(new ConfirmArrivalCommand("t-1", ArrivalChannel.KIOSK), KIOSK)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.TICKET_NOT_BOOKED.name())
               .expectNoEvents();
    }

    @Test
    void canCancelTheOwnBookingWhichGivesThePlaceBack() {
        fixture.given(booked(TODAY.plusDays(2)))
               .when(new CancelBookingCommand("t-1", ""), SITI_CALLING)
               .expectEvents(new TicketBookingCancelledEvent("t-1", TODAY.plusDays(2), A_001, "UMUM", "", SITI, NOW));
        assertThat(withdrawn).containsExactly("UMUM/2026-11-24/t-1/" + SITI);
    }

    @Test
    void canCancelABookingAtTheFrontDeskWithAReason() {
        fixture.given(booked(TODAY))
               .when(new CancelBookingCommand("t-1", "  Pasien menelepon, sakit  "), OFFICER)
               .expectEvents(new TicketBookingCancelledEvent("t-1", TODAY, A_001, "UMUM", "Pasien menelepon, sakit",
                       "loket1@puskesmas.id", NOW));
        fixture.given(booked(TODAY))
               .when(new CancelBookingCommand("t-1", " "), OFFICER)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.INVALID_INPUT.name())
               .expectNoEvents();
    }

    @Test
    void cannotCancelSomeoneElsesBookingOrAfterArrival() {
        fixture.given(booked(TODAY))
               .when(new CancelBookingCommand("t-1", "iseng"), BUDI_CALLING)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.NOT_YOUR_BOOKING.name())
               .expectNoEvents();
        fixture.given(booked(TODAY), new TicketArrivalConfirmedEvent("t-1", TODAY, A_001, ArrivalChannel.KIOSK, NOW))
               .when(new CancelBookingCommand("t-1", ""), SITI_CALLING)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.TICKET_NOT_BOOKED.name())
               .expectNoEvents();
        assertThat(withdrawn).isEmpty();
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

    @Test
    void aCancelReasonIsAcceptedAtItsLimitAndRefusedOneCharacterMore() {
        new TextLimitCase("cancel reason", TextLimit.REASON, text -> new CancelBookingCommand("t-1", text), OFFICER,
                booked(TODAY)).verify(fixture);
    }
}
