package id.giliran.queue.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.common.TextLimit;
import id.giliran.api.queue.AverageServiceTimeSetEvent;
import id.giliran.api.queue.ConfigureQueueCommand;
import id.giliran.api.queue.SetAverageServiceTimeCommand;
import id.giliran.api.queue.PriorityRatio;
import id.giliran.api.queue.QueueConfiguredEvent;
import id.giliran.command.BusinessRuleViolation;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import id.giliran.command.TextLimitCase;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueueSettingsTest {

    private FixtureConfiguration<QueueSettings> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(QueueSettings.class);
    }

    @Test
    void canSetTheRatioAndSpokenCalls() {
        fixture.givenNoPriorActivity()
               .when(new ConfigureQueueCommand(new PriorityRatio(1, 1), false, " Selamat datang ", LocalTime.of(7, 30), LocalTime.of(14, 0), List.of(HOLIDAY, HOLIDAY)))
               .expectEvents(new QueueConfiguredEvent("queue-settings", new PriorityRatio(1, 1), false, "Selamat datang",
                       LocalTime.of(7, 30), LocalTime.of(14, 0), List.of(HOLIDAY)));
    }

    @Test
    void canChangeTheSettingsAgain() {
        fixture.given(new QueueConfiguredEvent("queue-settings", new PriorityRatio(1, 1), false, "", null, null, List.of()))
               .when(new ConfigureQueueCommand(new PriorityRatio(3, 1), true, null, null, null, null))
               .expectEvents(new QueueConfiguredEvent("queue-settings", new PriorityRatio(3, 1), true, "", null, null,
                       List.of()));
    }

    @Test
    void cannotConfigureWithoutARatio() {
        fixture.givenNoPriorActivity()
               .when(new ConfigureQueueCommand(null, true, "", null, null, null))
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.RATIO_INVALID.name())
               .expectNoEvents();
    }

    static final LocalDate HOLIDAY = LocalDate.of(2026, 12, 25);

    @Test
    void cannotSetHoursThatCloseBeforeTheyOpenOrHalfHours() {
        fixture.givenNoPriorActivity()
               .when(new ConfigureQueueCommand(PriorityRatio.DEFAULT, true, "", LocalTime.of(14, 0), LocalTime.of(7, 30),
                       List.of()))
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.HOURS_INVALID.name())
               .expectNoEvents();
        fixture.givenNoPriorActivity()
               .when(new ConfigureQueueCommand(PriorityRatio.DEFAULT, true, "", LocalTime.of(7, 30), null, List.of()))
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.HOURS_INVALID.name())
               .expectNoEvents();
    }

    @Test
    void theServiceIsOpenInsideItsHoursAndNotOnClosedDays() {
        var view = new id.giliran.api.queue.QueueSettingsView(PriorityRatio.DEFAULT, true, "", LocalTime.of(7, 30),
                LocalTime.of(14, 0), List.of(HOLIDAY), 5, 3);
        LocalDate workday = LocalDate.of(2026, 11, 23);
        org.assertj.core.api.Assertions.assertThat(view.isOpen(workday, LocalTime.of(7, 29))).isFalse();
        org.assertj.core.api.Assertions.assertThat(view.isOpen(workday, LocalTime.of(7, 30))).isTrue();
        org.assertj.core.api.Assertions.assertThat(view.isOpen(workday, LocalTime.of(13, 59))).isTrue();
        org.assertj.core.api.Assertions.assertThat(view.isOpen(workday, LocalTime.of(14, 0))).isFalse();
        org.assertj.core.api.Assertions.assertThat(view.isOpen(HOLIDAY, LocalTime.of(9, 0))).isFalse();
        org.assertj.core.api.Assertions.assertThat(
                id.giliran.api.queue.QueueSettingsView.DEFAULT.isOpen(workday, LocalTime.of(23, 0))).isTrue();
    }

    @Test
    void canSetTheAverageServiceTime() {
        fixture.givenNoPriorActivity()
               .when(new SetAverageServiceTimeCommand(7))
               .expectEvents(new AverageServiceTimeSetEvent("queue-settings", 7));
    }

    @Test
    void cannotSetAnAverageServiceTimeOfZero() {
        fixture.givenNoPriorActivity()
               .when(new SetAverageServiceTimeCommand(0))
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.INVALID_INPUT.name())
               .expectNoEvents();
    }

    @Test
    void canSetHowNearATurnIsAnnounced() {
        fixture.givenNoPriorActivity()
               .when(new id.giliran.api.queue.SetNotifyAheadCommand(5))
               .expectEvents(new id.giliran.api.queue.NotifyAheadSetEvent("queue-settings", 5));
    }

    @Test
    void cannotAnnounceATurnZeroOrTooManyTicketsAhead() {
        for (int tickets : new int[]{0, 21}) {
            fixture.givenNoPriorActivity()
                   .when(new id.giliran.api.queue.SetNotifyAheadCommand(tickets))
                   .expectException(BusinessRuleViolation.class)
                   .expectExceptionDetails(ErrorCode.INVALID_INPUT.name())
                   .expectNoEvents();
        }
    }

    @Test
    void aRatioOutsideOneToTenIsNoRatio() {
        assertThatThrownBy(() -> new PriorityRatio(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PriorityRatio(2, 11)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRunningTextIsAcceptedAtItsLimitAndRefusedOneCharacterMore() {
        new TextLimitCase("running text", TextLimit.RUNNING_TEXT, text -> new ConfigureQueueCommand(
                new PriorityRatio(1, 1), false, text, null, null, null), MetaData.emptyInstance()).verify(fixture);
    }
}
