package id.giliran.queue.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.queue.CallNextTicketCommand;
import id.giliran.api.queue.CallingTurnTakenEvent;
import id.giliran.api.queue.PriorityRatio;
import id.giliran.api.queue.TicketCategory;
import id.giliran.command.BusinessRuleViolation;
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

import static org.assertj.core.api.Assertions.assertThat;

class CallingDayTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final String DAY = "calling@2026-11-22";
    static final List<String> P = List.of("p1", "p2", "p3", "p4", "p5", "p6");
    static final List<String> G = List.of("g1", "g2", "g3", "g4", "g5", "g6");

    private FixtureConfiguration<CallingDay> fixture;
    private PriorityRatio ratio = PriorityRatio.DEFAULT;
    /** Tickets another counter has just called: the ticket refuses a second call. */
    private final Set<String> calledElsewhere = new java.util.HashSet<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CallingDay.class);
        fixture.registerInjectableResource(Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneId.of("Asia/Jakarta")));
        fixture.registerInjectableResource((CurrentRatio) () -> ratio);
        fixture.registerInjectableResource((TicketCalls) (ticketId, counterId, counterNumber, clock) ->
                !calledElsewhere.contains(ticketId));
    }

    private CallNextTicketCommand next(List<String> priority, List<String> general) {
        return new CallNextTicketCommand(TODAY, "LOKET-1", 1, priority, general);
    }

    @Test
    void twoToOneCallsTwoPriorityThenOneGeneral() {
        fixture.givenNoPriorActivity()
               .when(next(P, G))
               .expectResultMessagePayload("p1")
               .expectEvents(new CallingTurnTakenEvent(DAY, TODAY, TicketCategory.PRIORITY, "p1", false, false));
        fixture.given(turn(TicketCategory.PRIORITY, "p1", false))
               .when(next(P.subList(1, 6), G))
               .expectResultMessagePayload("p2")
               .expectEvents(new CallingTurnTakenEvent(DAY, TODAY, TicketCategory.PRIORITY, "p2", false, false));
        fixture.given(turn(TicketCategory.PRIORITY, "p1", false), turn(TicketCategory.PRIORITY, "p2", false))
               .when(next(P.subList(2, 6), G))
               .expectResultMessagePayload("g1")
               .expectEvents(new CallingTurnTakenEvent(DAY, TODAY, TicketCategory.GENERAL, "g1", false, false));
        fixture.given(turn(TicketCategory.PRIORITY, "p1", false), turn(TicketCategory.PRIORITY, "p2", false),
                       turn(TicketCategory.GENERAL, "g1", false))
               .when(next(P.subList(2, 6), G.subList(1, 6)))
               .expectEvents(new CallingTurnTakenEvent(DAY, TODAY, TicketCategory.PRIORITY, "p3", true, false));
    }

    private static CallingTurnTakenEvent turn(TicketCategory category, String ticketId, boolean restarted) {
        return new CallingTurnTakenEvent(DAY, TODAY, category, ticketId, restarted, false);
    }

    private static CallingTurnTakenEvent fallback(TicketCategory category, String ticketId) {
        return new CallingTurnTakenEvent(DAY, TODAY, category, ticketId, false, true);
    }

    @Test
    void oneToOneAlternates() {
        ratio = new PriorityRatio(1, 1);
        fixture.given(turn(TicketCategory.PRIORITY, "p1", false))
               .when(next(P.subList(1, 6), G))
               .expectEvents(turn(TicketCategory.GENERAL, "g1", false));
        fixture.given(turn(TicketCategory.PRIORITY, "p1", false), turn(TicketCategory.GENERAL, "g1", false))
               .when(next(P.subList(1, 6), G.subList(1, 6)))
               .expectEvents(turn(TicketCategory.PRIORITY, "p2", true));
    }

    @Test
    void priorityAlwaysFirstCallsGeneralOnlyWhenNoPriorityWaits() {
        ratio = new PriorityRatio(1, 0);
        fixture.given(turn(TicketCategory.PRIORITY, "p1", false), turn(TicketCategory.PRIORITY, "p2", true))
               .when(next(P.subList(2, 6), G))
               .expectEvents(turn(TicketCategory.PRIORITY, "p3", true));
        fixture.given(turn(TicketCategory.PRIORITY, "p1", false))
               .when(next(List.of(), G))
               .expectEvents(fallback(TicketCategory.GENERAL, "g1"));
    }

    @Test
    void anEmptyListNeverBlocksTheOtherAndThePatternStartsAgain() {
        fixture.given(turn(TicketCategory.PRIORITY, "p1", false))
               .when(next(List.of(), G))
               .expectEvents(fallback(TicketCategory.GENERAL, "g1"));
        // after that general call a fresh cycle starts with priority
        fixture.given(turn(TicketCategory.PRIORITY, "p1", false), fallback(TicketCategory.GENERAL, "g1"))
               .when(next(P.subList(1, 6), G.subList(1, 6)))
               .expectEvents(turn(TicketCategory.PRIORITY, "p2", false));
        fixture.given(turn(TicketCategory.PRIORITY, "p1", false), turn(TicketCategory.PRIORITY, "p2", false))
               .when(next(P.subList(2, 6), List.of()))
               .expectEvents(fallback(TicketCategory.PRIORITY, "p3"));
    }

    @Test
    void afterAFallbackAFullCycleFollows() {
        // a fallback general call, then both kinds wait again: P P G, not P P P P G
        fixture.given(fallback(TicketCategory.GENERAL, "g1"), turn(TicketCategory.PRIORITY, "p1", false),
                       turn(TicketCategory.PRIORITY, "p2", false))
               .when(next(P.subList(2, 6), G.subList(1, 6)))
               .expectEvents(turn(TicketCategory.GENERAL, "g2", false));
    }

    @Test
    void aCandidateAnotherCounterJustCalledIsPassedOver() {
        calledElsewhere.add("p1");
        fixture.givenNoPriorActivity()
               .when(new CallNextTicketCommand(TODAY, "LOKET-2", 2, List.of("p1", "p2"), G))
               .expectResultMessagePayload("p2")
               .expectEvents(turn(TicketCategory.PRIORITY, "p2", false));
    }

    @Test
    void withNobodyWaitingNothingIsCalled() {
        fixture.given(turn(TicketCategory.PRIORITY, "p1", false))
               .when(next(List.of(), List.of()))
               .expectSuccessfulHandlerExecution()
               .expectResultMessagePayload(null)
               .expectNoEvents();
    }

    @Test
    void cannotCallWithoutACounter() {
        fixture.givenNoPriorActivity()
               .when(new CallNextTicketCommand(TODAY, " ", 0, P, G))
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.INVALID_INPUT.name())
               .expectNoEvents();
    }

    @Test
    void theRatioDecidesALongRunOfCalls() {
        // the pure rule, pressed 9 times with both lists long: P P G P P G P P G
        List<TicketCategory> sequence = new ArrayList<>();
        int p = 0;
        int g = 0;
        List<CallingTurnTakenEvent> history = new ArrayList<>();
        for (int press = 0; press < 9; press++) {
            var result = fixture.given(new ArrayList<Object>(history))
                                .when(new CallNextTicketCommand(TODAY, "LOKET-1", 1, List.of("p" + p), List.of("g" + g)));
            CallingTurnTakenEvent taken = (CallingTurnTakenEvent) lastEvent(result);
            history.add(taken);
            sequence.add(taken.category());
            if (taken.category() == TicketCategory.PRIORITY) {
                p++;
            } else {
                g++;
            }
        }
        assertThat(sequence).containsExactly(TicketCategory.PRIORITY, TicketCategory.PRIORITY, TicketCategory.GENERAL,
                TicketCategory.PRIORITY, TicketCategory.PRIORITY, TicketCategory.GENERAL,
                TicketCategory.PRIORITY, TicketCategory.PRIORITY, TicketCategory.GENERAL);
    }

    private static Object lastEvent(org.axonframework.test.aggregate.ResultValidator<CallingDay> result) {
        Object[] captured = new Object[1];
        result.expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                org.axonframework.test.matchers.Matchers.exactSequenceOf(
                        org.axonframework.test.matchers.Matchers.matches(payload -> {
                            captured[0] = payload;
                            return true;
                        }),
                        org.axonframework.test.matchers.Matchers.andNoMore())));
        return captured[0];
    }
}
