package id.giliran.masterdata.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.common.TextLimit;
import id.giliran.api.masterdata.DoctorSavedEvent;
import id.giliran.api.masterdata.DoctorScheduleSetEvent;
import id.giliran.api.masterdata.RegisterDoctorCommand;
import id.giliran.api.masterdata.SaveDoctorCommand;
import id.giliran.api.masterdata.ScheduleSlot;
import id.giliran.api.masterdata.SetDoctorScheduleCommand;
import id.giliran.command.BusinessRuleViolation;
import id.giliran.command.TextLimitCase;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

class DoctorTest {

    static final ScheduleSlot MONDAY_MORNING = new ScheduleSlot(DayOfWeek.MONDAY, LocalTime.of(7, 30),
            LocalTime.of(11, 0), "UMUM");
    static final ScheduleSlot MONDAY_AFTERNOON = new ScheduleSlot(DayOfWeek.MONDAY, LocalTime.of(11, 0),
            LocalTime.of(14, 0), "GIGI");
    static final DoctorSavedEvent SAVED = new DoctorSavedEvent("d1", "dr. Ahmad Fauzi", "SIP-1", "UMUM", "", true);

    private FixtureConfiguration<Doctor> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Doctor.class);
        Set<String> known = Set.of("UMUM", "GIGI");
        fixture.registerInjectableResource(new ClinicRules(null) {
            @Override
            public Optional<Rules> rules(String clinicCode) {
                return known.contains(clinicCode) ? Optional.of(new Rules(true, 0)) : Optional.empty();
            }
        });
    }

    @Test
    void canAddADoctorToAKnownClinic() {
        fixture.givenNoPriorActivity()
               .when(new SaveDoctorCommand("d1", " dr. Ahmad Fauzi ", "SIP-1", "UMUM", null, true))
               .expectEvents(SAVED);
    }

    @Test
    void cannotAddADoctorWithoutANameOrToAnUnknownClinic() {
        fixture.givenNoPriorActivity()
               .when(new SaveDoctorCommand("d1", " ", "SIP-1", "UMUM", "", true))
               .expectExceptionDetails(ErrorCode.INVALID_INPUT.name())
               .expectNoEvents();
    }

    @Test
    void cannotAddADoctorToAnUnknownClinic() {
        fixture.givenNoPriorActivity()
               .when(new SaveDoctorCommand("d1", "dr. Ahmad", "SIP-1", "JANTUNG", "", true))
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.CLINIC_UNKNOWN.name())
               .expectNoEvents();
    }

    @Test
    void canSetAWeeklyScheduleAcrossClinicsSortedByDayAndTime() {
        fixture.given(SAVED)
               .when(new SetDoctorScheduleCommand("d1", List.of(MONDAY_AFTERNOON, MONDAY_MORNING)))
               .expectEvents(new DoctorScheduleSetEvent("d1", List.of(MONDAY_MORNING, MONDAY_AFTERNOON)));
    }

    @Test
    void cannotSetOverlappingSlotsOnOneDay() {
        fixture.given(SAVED)
               .when(new SetDoctorScheduleCommand("d1", List.of(MONDAY_MORNING,
                       new ScheduleSlot(DayOfWeek.MONDAY, LocalTime.of(10, 0), LocalTime.of(12, 0), "GIGI"))))
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.SCHEDULE_INVALID.name())
               .expectNoEvents();
    }

    @Test
    void cannotSetASlotThatEndsBeforeItStarts() {
        fixture.given(SAVED)
               .when(new SetDoctorScheduleCommand("d1", List.of(
                       new ScheduleSlot(DayOfWeek.FRIDAY, LocalTime.of(14, 0), LocalTime.of(7, 30), "UMUM"))))
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.SCHEDULE_INVALID.name())
               .expectNoEvents();
    }

    @Test
    void canRegisterADoctorOnceSoSeedingNeverUndoesChanges() {
        var register = new RegisterDoctorCommand("d1", "dr. Ahmad Fauzi", "SIP-1", "UMUM", "", List.of(MONDAY_MORNING));
        fixture.givenNoPriorActivity()
               .when(register)
               .expectEvents(SAVED, new DoctorScheduleSetEvent("d1", List.of(MONDAY_MORNING)));
        fixture.given(SAVED, new DoctorSavedEvent("d1", "dr. Ahmad Fauzi, Sp.PD", "SIP-1", "UMUM", "", true))
               .when(register)
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void itsTextsAreAcceptedAtTheirLimitsAndRefusedOneCharacterMore() {
        new TextLimitCase("name", TextLimit.PERSON_NAME, text -> new SaveDoctorCommand("d1", text, "SIP-1", "UMUM",
                null, true), MetaData.emptyInstance()).verify(fixture);
        new TextLimitCase("SIP number", TextLimit.SIP_NUMBER, text -> new SaveDoctorCommand("d1", "dr. Ahmad", text,
                "UMUM", null, true), MetaData.emptyInstance()).verify(fixture);
        new TextLimitCase("BPJS doctor code", TextLimit.BPJS_CODE, text -> new SaveDoctorCommand("d1", "dr. Ahmad",
                "SIP-1", "UMUM", text, true), MetaData.emptyInstance()).verify(fixture);
    }
}
