package id.giliran.masterdata.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.common.TextLimit;
import id.giliran.api.masterdata.CounterRegisteredEvent;
import id.giliran.api.masterdata.RegisterCounterCommand;
import id.giliran.command.BusinessRuleViolation;
import id.giliran.command.TextLimitCase;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CounterTest {

    private FixtureConfiguration<Counter> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Counter.class);
    }

    @Test
    void canRegisterACounter() {
        fixture.givenNoPriorActivity()
               .when(new RegisterCounterCommand("LOKET-1", 1, "Loket 1"))
               .expectEvents(new CounterRegisteredEvent("LOKET-1", 1, "Loket 1"));
    }

    @Test
    void canRegisterAgainWithoutAnyChange() {
        fixture.given(new CounterRegisteredEvent("LOKET-1", 1, "Loket 1"))
               .when(new RegisterCounterCommand("LOKET-1", 1, "Loket 1"))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void cannotRegisterACounterNumberedZero() {
        fixture.givenNoPriorActivity()
               .when(new RegisterCounterCommand("LOKET-0", 0, "Loket 0"))
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.INVALID_INPUT.name())
               .expectNoEvents();
    }

    @Test
    void theNameIsAcceptedAtItsLimitAndRefusedOneCharacterMore() {
        new TextLimitCase("name", TextLimit.COUNTER_NAME, text -> new RegisterCounterCommand("LOKET-1", 1, text),
                MetaData.emptyInstance()).verify(fixture);
    }
}
