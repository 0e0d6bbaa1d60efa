package id.giliran.counseling.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.counseling.AddCounselorHoursExceptionCommand;
import id.giliran.api.counseling.CounselingCancelledEvent;
import id.giliran.api.counseling.CounselingPostponedEvent;
import id.giliran.api.counseling.CounselorHoursExceptionAddedEvent;
import id.giliran.api.counseling.CounselorHoursExceptionRemovedEvent;
import id.giliran.api.counseling.CounselorHoursSetEvent;
import id.giliran.api.counseling.CounselorProfileSavedEvent;
import id.giliran.api.counseling.HoursException;
import id.giliran.api.counseling.HoursExceptionKind;
import id.giliran.api.counseling.RemoveCounselorHoursExceptionCommand;
import id.giliran.api.counseling.SaveCounselorProfileCommand;
import id.giliran.api.counseling.ServiceFrame;
import id.giliran.api.counseling.SessionChannel;
import id.giliran.api.counseling.SetCounselorHoursCommand;
import id.giliran.api.counseling.Specialization;
import id.giliran.api.counseling.WeeklyHours;
import id.giliran.command.BusinessRuleViolation;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import static id.giliran.counseling.command.Calendars.AS_ADMIN;
import static id.giliran.counseling.command.Calendars.AS_COUNSELOR;
import static id.giliran.counseling.command.Calendars.AS_OTHER_COUNSELOR;
import static id.giliran.counseling.command.Calendars.COUNSELOR;
import static id.giliran.counseling.command.Calendars.HOURS;
import static id.giliran.counseling.command.Calendars.NOW;
import static id.giliran.counseling.command.Calendars.PROFILE;
import static id.giliran.counseling.command.Calendars.STUDENT;
import static id.giliran.counseling.command.Calendars.WEEKDAYS_8_TO_14;
import static id.giliran.counseling.command.Calendars.confirmed;
import static id.giliran.counseling.command.Calendars.instant;
import static id.giliran.counseling.command.Calendars.requested;
import static id.giliran.counseling.command.Calendars.session;
import static id.giliran.counseling.command.Calendars.thursday;
import static id.giliran.counseling.command.Calendars.tuesday;
import static id.giliran.counseling.command.Calendars.wednesday;

class CounselorCalendarTest {

    static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);
    static final LocalDate SATURDAY = LocalDate.of(2026, 11, 28);

    private FixtureConfiguration<Counselor> fixture;
    private ServiceFrame frame = ServiceFrame.DEFAULT;

    @BeforeEach
    void setUp() {
        fixture = Calendars.fixture(new Calendars.MutableClock(NOW), () -> frame);
    }

    static SaveCounselorProfileCommand profile(String counselorId, String name, Set<SessionChannel> channels) {
        return new SaveCounselorProfileCommand(counselorId, name, Set.of(Specialization.AKADEMIK), "Guru BK", "S.Pd.",
                channels, null);
    }

    static SetCounselorHoursCommand hours(List<WeeklyHours> weekly, int session, int buffer, int notice) {
        return new SetCounselorHoursCommand(COUNSELOR, weekly, session, buffer, notice);
    }

    static List<WeeklyHours> weekdays(int fromHour, int untilHour) {
        return WEEKDAYS_8_TO_14.stream()
                               .map(day -> new WeeklyHours(day.day(), LocalTime.of(fromHour, 0), LocalTime.of(untilHour, 0)))
                               .toList();
    }

    // ---- profile ----

    @Test
    void canSaveTheirOwnProfile() {
        fixture.givenNoPriorActivity()
               .when(profile(COUNSELOR, " Bu Sari ", Set.of(SessionChannel.TATAP_MUKA, SessionChannel.CHAT)),
                       AS_COUNSELOR)
               .expectEvents(PROFILE);
    }

    @Test
    void adminCanSaveAnyCounselorsProfile() {
        fixture.givenNoPriorActivity()
               .when(profile(COUNSELOR, "Bu Sari", Set.of(SessionChannel.TATAP_MUKA, SessionChannel.CHAT)), AS_ADMIN)
               .expectEvents(PROFILE);
    }

    @Test
    void cannotSaveAnotherCounselorsProfile() {
        fixture.given(PROFILE)
               .when(profile(COUNSELOR, "Bu Sari", Set.of(SessionChannel.CHAT)), AS_OTHER_COUNSELOR)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.NOT_YOUR_COUNSELING.name())
               .expectNoEvents();
    }

    @Test
    void cannotSaveAProfileWithoutAName() {
        fixture.givenNoPriorActivity()
               .when(profile(COUNSELOR, "  ", Set.of(SessionChannel.CHAT)), AS_COUNSELOR)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.INVALID_INPUT.name())
               .expectNoEvents();
    }

    @Test
    void cannotSaveAProfileWithoutASessionChannel() {
        fixture.givenNoPriorActivity()
               .when(profile(COUNSELOR, "Bu Sari", Set.of()), AS_COUNSELOR)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.INVALID_INPUT.name())
               .expectNoEvents();
    }

    @Test
    void canChangeTheirProfile() {
        fixture.given(PROFILE)
               .when(profile(COUNSELOR, "Sari Wulandari", Set.of(SessionChannel.VIDEO)), AS_COUNSELOR)
               .expectEvents(new CounselorProfileSavedEvent(COUNSELOR, "Sari Wulandari", Set.of(Specialization.AKADEMIK),
                       "Guru BK", "S.Pd.", Set.of(SessionChannel.VIDEO), null));
    }

    // ---- weekly hours ----

    @Test
    void canSetHoursInsideTheServiceFrame() {
        fixture.given(PROFILE)
               .when(hours(WEEKDAYS_8_TO_14, 45, 15, 120), AS_COUNSELOR)
               .expectEvents(HOURS);
    }

    @Test
    void adminCanSetACounselorsHours() {
        fixture.given(PROFILE)
               .when(hours(WEEKDAYS_8_TO_14, 45, 15, 120), AS_ADMIN)
               .expectEvents(HOURS);
    }

    @Test
    void cannotSetAnotherCounselorsHours() {
        fixture.given(PROFILE)
               .when(hours(WEEKDAYS_8_TO_14, 45, 15, 120), AS_OTHER_COUNSELOR)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.NOT_YOUR_COUNSELING.name())
               .expectNoEvents();
    }

    @Test
    void cannotSetHoursThatEndBeforeTheyStart() {
        fixture.given(PROFILE)
               .when(hours(List.of(new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(9, 0))), 45,
                       15, 120), AS_COUNSELOR)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.COUNSELING_HOURS_INVALID.name())
               .expectNoEvents();
    }

    @Test
    void cannotSetOverlappingHoursOnOneDay() {
        fixture.given(PROFILE)
               .when(hours(List.of(new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(11, 0)),
                       new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(10, 0), LocalTime.of(12, 0))), 45, 15, 120),
                       AS_COUNSELOR)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.COUNSELING_HOURS_INVALID.name())
               .expectNoEvents();
    }

    @Test
    void cannotSetHoursOutsideTheServiceFrame() {
        fixture.given(PROFILE)
               .when(hours(List.of(new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(14, 0), LocalTime.of(16, 0))), 45,
                       15, 120), AS_COUNSELOR)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.COUNSELING_HOURS_INVALID.name())
               .expectNoEvents();
    }

    @Test
    void cannotSetHoursOnADayTheFrameAdminSetLeavesOut() {
        frame = new ServiceFrame(List.of(new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(7, 0), LocalTime.of(15, 0))));
        fixture.given(PROFILE)
               .when(hours(List.of(new WeeklyHours(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(10, 0))), 45,
                       15, 120), AS_COUNSELOR)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.COUNSELING_HOURS_INVALID.name())
               .expectNoEvents();
    }

    @ParameterizedTest(name = "session {0}, buffer {1}, notice {2}")
    @CsvSource({"29,15,120", "46,15,120", "45,-1,120", "45,121,120", "45,15,-1", "45,15,10081"})
    void cannotSetASessionLengthBufferOrNoticeOutOfRange(int session, int buffer, int notice) {
        fixture.given(PROFILE)
               .when(hours(WEEKDAYS_8_TO_14, session, buffer, notice), AS_COUNSELOR)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.SESSION_LENGTH_INVALID.name())
               .expectNoEvents();
    }

    @Test
    void canSetTheShortestAndLongestSessionsWithNoBufferAndNoNotice() {
        fixture.given(PROFILE)
               .when(hours(WEEKDAYS_8_TO_14, 30, 0, 0), AS_COUNSELOR)
               .expectEvents(new CounselorHoursSetEvent(COUNSELOR, WEEKDAYS_8_TO_14, 30, 0, 0, List.of()));
    }

    /**
     * Live future bookings left outside the new hours (08:00–11:00) are listed, never dropped: a
     * confirmed one at 12:00 and a postponed one offering 13:00. Not listed: one inside, a cancelled
     * one and a past one.
     */
    @Test
    void changedHoursListTheLiveFutureBookingsLeftOutside() {
        fixture.given(PROFILE, HOURS,
                        requested("inside", tuesday(9, 0)),
                        requested("confirmed-noon", tuesday(12, 0)), confirmed("confirmed-noon", tuesday(12, 0), NOW),
                        requested("postponed", wednesday(9, 0)),
                        new CounselingPostponedEvent(COUNSELOR, "postponed", STUDENT, session(wednesday(9, 0)), "rapat",
                                List.of(session(thursday(10, 0)), session(thursday(13, 0))), COUNSELOR, instant(NOW)),
                        requested("cancelled", tuesday(13, 0)),
                        new CounselingCancelledEvent(COUNSELOR, "cancelled", STUDENT, session(tuesday(13, 0)), "sakit",
                                true, STUDENT, instant(NOW)),
                        requested("past", NOW.minusDays(7).withHour(12), NOW.minusDays(8)))
               .when(hours(weekdays(8, 11), 45, 15, 120), AS_COUNSELOR)
               .expectEvents(new CounselorHoursSetEvent(COUNSELOR, weekdays(8, 11), 45, 15, 120,
                       List.of("confirmed-noon", "postponed")));
    }

    // ---- date exceptions ----

    @Test
    void canTakeADayOffListingTheBookingsOnIt() {
        HoursException dayOff = new HoursException("libur-1", TUESDAY, HoursExceptionKind.DAY_OFF, null, null);
        fixture.given(PROFILE, HOURS, requested("b1", tuesday(9, 0)), requested("b2", wednesday(9, 0)))
               .when(new AddCounselorHoursExceptionCommand(COUNSELOR, dayOff), AS_COUNSELOR)
               .expectEvents(new CounselorHoursExceptionAddedEvent(COUNSELOR, dayOff, List.of("b1")));
    }

    @Test
    void canAddExtraHoursInsideTheFrame() {
        HoursException extra = new HoursException("extra-1", TUESDAY, HoursExceptionKind.EXTRA_HOURS,
                LocalTime.of(14, 0), LocalTime.of(15, 0));
        fixture.given(PROFILE, HOURS)
               .when(new AddCounselorHoursExceptionCommand(COUNSELOR, extra), AS_ADMIN)
               .expectEvents(new CounselorHoursExceptionAddedEvent(COUNSELOR, extra, List.of()));
    }

    @Test
    void cannotAddExtraHoursOutsideTheFrame() {
        HoursException extra = new HoursException("extra-1", SATURDAY, HoursExceptionKind.EXTRA_HOURS,
                LocalTime.of(8, 0), LocalTime.of(10, 0));
        fixture.given(PROFILE, HOURS)
               .when(new AddCounselorHoursExceptionCommand(COUNSELOR, extra), AS_COUNSELOR)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.COUNSELING_HOURS_INVALID.name())
               .expectNoEvents();
    }

    @Test
    void cannotAddMalformedExtraHours() {
        HoursException extra = new HoursException("extra-1", TUESDAY, HoursExceptionKind.EXTRA_HOURS,
                LocalTime.of(14, 0), LocalTime.of(13, 0));
        fixture.given(PROFILE, HOURS)
               .when(new AddCounselorHoursExceptionCommand(COUNSELOR, extra), AS_COUNSELOR)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.COUNSELING_HOURS_INVALID.name())
               .expectNoEvents();
    }

    @Test
    void cannotAddAnExceptionWhoseIdIsTaken() {
        HoursException dayOff = new HoursException("libur-1", TUESDAY, HoursExceptionKind.DAY_OFF, null, null);
        fixture.given(PROFILE, HOURS, new CounselorHoursExceptionAddedEvent(COUNSELOR, dayOff, List.of()))
               .when(new AddCounselorHoursExceptionCommand(COUNSELOR,
                       new HoursException("libur-1", SATURDAY, HoursExceptionKind.DAY_OFF, null, null)), AS_COUNSELOR)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.COUNSELING_HOURS_INVALID.name())
               .expectNoEvents();
    }

    @Test
    void cannotAddAnExceptionToAnotherCounselorsHours() {
        fixture.given(PROFILE, HOURS)
               .when(new AddCounselorHoursExceptionCommand(COUNSELOR,
                       new HoursException("libur-1", TUESDAY, HoursExceptionKind.DAY_OFF, null, null)), AS_OTHER_COUNSELOR)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.NOT_YOUR_COUNSELING.name())
               .expectNoEvents();
    }

    @Test
    void removingExtraHoursListsTheBookingsMadeInThem() {
        HoursException extra = new HoursException("extra-1", TUESDAY, HoursExceptionKind.EXTRA_HOURS,
                LocalTime.of(14, 0), LocalTime.of(15, 0));
        fixture.given(PROFILE, HOURS, new CounselorHoursExceptionAddedEvent(COUNSELOR, extra, List.of()),
                        requested("late", tuesday(14, 0)), requested("early", tuesday(9, 0)))
               .when(new RemoveCounselorHoursExceptionCommand(COUNSELOR, "extra-1"), AS_COUNSELOR)
               .expectEvents(new CounselorHoursExceptionRemovedEvent(COUNSELOR, "extra-1", List.of("late")));
    }

    @Test
    void cannotRemoveAnUnknownException() {
        fixture.given(PROFILE, HOURS)
               .when(new RemoveCounselorHoursExceptionCommand(COUNSELOR, "nope"), AS_COUNSELOR)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.COUNSELING_HOURS_INVALID.name())
               .expectNoEvents();
    }
}
