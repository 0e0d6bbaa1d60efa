package id.giliran.counseling.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.counseling.ServiceFrame;
import id.giliran.api.counseling.ServiceFrameSetEvent;
import id.giliran.api.counseling.SetServiceFrameCommand;
import id.giliran.api.counseling.WeeklyHours;
import id.giliran.command.BusinessRuleViolation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import static id.giliran.counseling.command.Calendars.AS_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

class CounselingServiceFrameTest {

    static final List<WeeklyHours> SCHOOL_DAYS = List.of(
            new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(7, 0), LocalTime.of(12, 0)),
            new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(15, 0)),
            new WeeklyHours(DayOfWeek.SATURDAY, LocalTime.of(8, 0), LocalTime.of(11, 0)));

    private FixtureConfiguration<CounselingServiceFrame> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CounselingServiceFrame.class);
    }

    @Test
    void canSetTheServiceFrame() {
        fixture.givenNoPriorActivity()
               .when(new SetServiceFrameCommand(ServiceFrame.ID, SCHOOL_DAYS), AS_ADMIN)
               .expectEvents(new ServiceFrameSetEvent(ServiceFrame.ID, SCHOOL_DAYS, "admin"))
               .expectState(frame -> assertThat(frame.frame()).isEqualTo(new ServiceFrame(SCHOOL_DAYS)));
    }

    @Test
    void canChangeTheServiceFrame() {
        List<WeeklyHours> mornings = List.of(new WeeklyHours(DayOfWeek.TUESDAY, LocalTime.of(7, 0), LocalTime.of(10, 0)));
        fixture.given(new ServiceFrameSetEvent(ServiceFrame.ID, SCHOOL_DAYS, "admin"))
               .when(new SetServiceFrameCommand(ServiceFrame.ID, mornings), AS_ADMIN)
               .expectEvents(new ServiceFrameSetEvent(ServiceFrame.ID, mornings, "admin"));
    }

    @Test
    void cannotSetOverlappingHoursOnOneDay() {
        fixture.givenNoPriorActivity()
               .when(new SetServiceFrameCommand(ServiceFrame.ID, List.of(
                       new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(7, 0), LocalTime.of(12, 0)),
                       new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(11, 0), LocalTime.of(15, 0)))), AS_ADMIN)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.COUNSELING_HOURS_INVALID.name())
               .expectNoEvents();
    }

    @Test
    void cannotSetHoursThatEndBeforeTheyStart() {
        fixture.givenNoPriorActivity()
               .when(new SetServiceFrameCommand(ServiceFrame.ID, List.of(
                       new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(15, 0), LocalTime.of(7, 0)))), AS_ADMIN)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.COUNSELING_HOURS_INVALID.name())
               .expectNoEvents();
    }

    @Test
    void cannotSetAnotherFrame() {
        fixture.givenNoPriorActivity()
               .when(new SetServiceFrameCommand("frame-2", SCHOOL_DAYS), AS_ADMIN)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.INVALID_INPUT.name())
               .expectNoEvents();
    }
}
