package id.giliran.queue.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.queue.ConfigureQueueCommand;
import id.giliran.api.queue.PriorityRatio;
import id.giliran.api.queue.QueueConfiguredEvent;
import id.giliran.command.BusinessRuleViolation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
               .when(new ConfigureQueueCommand(new PriorityRatio(1, 1), false, " Selamat datang "))
               .expectEvents(new QueueConfiguredEvent("queue-settings", new PriorityRatio(1, 1), false, "Selamat datang"));
    }

    @Test
    void canChangeTheSettingsAgain() {
        fixture.given(new QueueConfiguredEvent("queue-settings", new PriorityRatio(1, 1), false, ""))
               .when(new ConfigureQueueCommand(new PriorityRatio(3, 1), true, null))
               .expectEvents(new QueueConfiguredEvent("queue-settings", new PriorityRatio(3, 1), true, ""));
    }

    @Test
    void cannotConfigureWithoutARatio() {
        fixture.givenNoPriorActivity()
               .when(new ConfigureQueueCommand(null, true, ""))
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.RATIO_INVALID.name())
               .expectNoEvents();
    }

    @Test
    void aRatioOutsideOneToTenIsNoRatio() {
        assertThatThrownBy(() -> new PriorityRatio(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PriorityRatio(2, 11)).isInstanceOf(IllegalArgumentException.class);
    }
}
