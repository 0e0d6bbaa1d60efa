package id.giliran.masterdata.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.common.TextLimit;
import id.giliran.api.masterdata.ClinicConfiguredEvent;
import id.giliran.api.masterdata.ClinicRegisteredEvent;
import id.giliran.api.masterdata.ConfigureClinicCommand;
import id.giliran.api.masterdata.RegisterClinicCommand;
import id.giliran.command.BusinessRuleViolation;
import id.giliran.command.TextLimitCase;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClinicTest {

    private FixtureConfiguration<Clinic> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Clinic.class);
    }

    @Test
    void canRegisterAClinic() {
        fixture.givenNoPriorActivity()
               .when(new RegisterClinicCommand("GIGI", " Poli Gigi ", "B"))
               .expectEvents(new ClinicRegisteredEvent("GIGI", "Poli Gigi", "B"));
    }

    @Test
    void canRegisterAgainWithoutAnyChange() {
        fixture.given(new ClinicRegisteredEvent("GIGI", "Poli Gigi", "B"))
               .when(new RegisterClinicCommand("GIGI", "Poli Gigi", "B"))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void canBeConfiguredByAnAdmin() {
        fixture.given(new ClinicRegisteredEvent("GIGI", "Poli Gigi", "B"))
               .when(new ConfigureClinicCommand("GIGI", "Poli Gigi & Mulut", "002", 40, true, 2))
               .expectEvents(new ClinicConfiguredEvent("GIGI", "Poli Gigi & Mulut", "002", 40, true, 2));
    }

    @Test
    void cannotHaveANegativeQuota() {
        fixture.given(new ClinicRegisteredEvent("GIGI", "Poli Gigi", "B"))
               .when(new ConfigureClinicCommand("GIGI", "Poli Gigi", "002", -1, true, 2))
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.INVALID_INPUT.name())
               .expectNoEvents();
    }

    @Test
    void cannotRegisterAClinicInThePriorityLine() {
        fixture.givenNoPriorActivity()
               .when(new RegisterClinicCommand("GIGI", "Poli Gigi", "P"))
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.TICKET_PREFIX_INVALID.name())
               .expectNoEvents();
    }

    @Test
    void cannotRegisterAClinicWithoutAName() {
        fixture.givenNoPriorActivity()
               .when(new RegisterClinicCommand("GIGI", "  ", "B"))
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.INVALID_INPUT.name())
               .expectNoEvents();
    }

    @Test
    void theNameIsAcceptedAtItsLimitAndRefusedOneCharacterMore() {
        new TextLimitCase("name registered", TextLimit.CLINIC_NAME, text -> new RegisterClinicCommand("GIGI", text, "B"),
                MetaData.emptyInstance()).verify(fixture);
        new TextLimitCase("name configured", TextLimit.CLINIC_NAME, text -> new ConfigureClinicCommand("GIGI", text,
                "002", 40, true, 2), MetaData.emptyInstance(), new ClinicRegisteredEvent("GIGI", "Poli Gigi", "B"))
                .verify(fixture);
        new TextLimitCase("BPJS poli code", TextLimit.BPJS_CODE, text -> new ConfigureClinicCommand("GIGI", "Poli Gigi",
                text, 40, true, 2), MetaData.emptyInstance(), new ClinicRegisteredEvent("GIGI", "Poli Gigi", "B"))
                .verify(fixture);
    }
}
