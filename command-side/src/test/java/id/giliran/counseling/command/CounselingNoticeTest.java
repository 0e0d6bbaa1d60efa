package id.giliran.counseling.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.counseling.AcceptCounselingAlternativeCommand;
import id.giliran.api.counseling.CancelCounselingCommand;
import id.giliran.api.counseling.ConfirmCounselingCommand;
import id.giliran.api.counseling.CounselingReminderDueEvent;
import id.giliran.api.counseling.CounselingResponseOverdueEvent;
import id.giliran.api.counseling.FlagOverdueCounselingCommand;
import id.giliran.api.counseling.PostponeCounselingCommand;
import id.giliran.api.counseling.ReminderKind;
import id.giliran.api.counseling.RequestCounselingCommand;
import id.giliran.api.counseling.SendCounselingReminderCommand;
import id.giliran.api.counseling.SessionChannel;
import id.giliran.command.BusinessRuleViolation;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;

import static id.giliran.counseling.command.Calendars.AS_COUNSELOR;
import static id.giliran.counseling.command.Calendars.AS_STUDENT;
import static id.giliran.counseling.command.Calendars.AS_SYSTEM;
import static id.giliran.counseling.command.Calendars.COUNSELOR;
import static id.giliran.counseling.command.Calendars.HOURS;
import static id.giliran.counseling.command.Calendars.NOW;
import static id.giliran.counseling.command.Calendars.PROFILE;
import static id.giliran.counseling.command.Calendars.STUDENT;
import static id.giliran.counseling.command.Calendars.instant;
import static id.giliran.counseling.command.Calendars.session;
import static id.giliran.counseling.command.Calendars.thursday;
import static id.giliran.counseling.command.Calendars.wednesday;

/**
 * Reminders and the 24-hour response flag, with the clock moving on between steps: each test books
 * through the calendar's own commands at one time, then asks for the notice at another.
 */
class CounselingNoticeTest {

    static final LocalDateTime SESSION = wednesday(10, 0);

    private final Calendars.MutableClock clock = new Calendars.MutableClock(NOW);
    private FixtureConfiguration<Counselor> fixture;
    private TestExecutor<Counselor> calendar;

    @BeforeEach
    void setUp() {
        fixture = Calendars.fixture(clock);
        calendar = fixture.given(PROFILE, HOURS);
    }

    /** Runs the command at that school time, as that caller. */
    private void at(LocalDateTime time, Object command, MetaData caller) {
        clock.set(time);
        calendar.andGivenCommands(List.of(GenericCommandMessage.asCommandMessage(command).andMetaData(caller)));
    }

    private void requestAndConfirm(LocalDateTime start, LocalDateTime confirmedAt) {
        at(NOW, new RequestCounselingCommand(COUNSELOR, "b1", STUDENT, "Andi", start, "Nilai turun",
                SessionChannel.TATAP_MUKA, null), AS_STUDENT);
        at(confirmedAt, new ConfirmCounselingCommand(COUNSELOR, "b1"), AS_COUNSELOR);
    }

    private void expectRefused(LocalDateTime time, Object command, ErrorCode code) {
        clock.set(time);
        calendar.when(command, AS_SYSTEM)
                .expectException(BusinessRuleViolation.class)
                .expectExceptionDetails(code.name())
                .expectNoEvents();
    }

    private void expectNotDue(LocalDateTime time, Object command) {
        expectRefused(time, command, ErrorCode.COUNSELING_NOTICE_NOT_DUE);
    }

    static SendCounselingReminderCommand reminder(ReminderKind kind, LocalDateTime start) {
        return new SendCounselingReminderCommand(COUNSELOR, "b1", kind, start);
    }

    static CounselingReminderDueEvent reminded(ReminderKind kind, LocalDateTime start) {
        return new CounselingReminderDueEvent(COUNSELOR, "b1", STUDENT, kind, session(start),
                instant(start.minus(kind.before())));
    }

    // ---- reminders ----

    @Test
    void cannotRemindBeforeTheDayBefore() {
        requestAndConfirm(SESSION, NOW.plusHours(1));
        expectNotDue(SESSION.minusDays(1).minusMinutes(1), reminder(ReminderKind.DAY_BEFORE, SESSION));
    }

    @Test
    void canRemindTheDayBefore() {
        requestAndConfirm(SESSION, NOW.plusHours(1));
        clock.set(SESSION.minusDays(1));
        calendar.when(reminder(ReminderKind.DAY_BEFORE, SESSION), AS_SYSTEM)
                .expectEvents(reminded(ReminderKind.DAY_BEFORE, SESSION));
    }

    @Test
    void cannotRemindTwiceOfTheSameKind() {
        requestAndConfirm(SESSION, NOW.plusHours(1));
        at(SESSION.minusDays(1), reminder(ReminderKind.DAY_BEFORE, SESSION), AS_SYSTEM);
        expectNotDue(SESSION.minusHours(2), reminder(ReminderKind.DAY_BEFORE, SESSION));
    }

    @Test
    void canRemindAnHourBeforeAfterTheDayBefore() {
        requestAndConfirm(SESSION, NOW.plusHours(1));
        at(SESSION.minusDays(1), reminder(ReminderKind.DAY_BEFORE, SESSION), AS_SYSTEM);
        clock.set(SESSION.minusMinutes(50));
        calendar.when(reminder(ReminderKind.HOUR_BEFORE, SESSION), AS_SYSTEM)
                .expectEvents(reminded(ReminderKind.HOUR_BEFORE, SESSION));
    }

    @Test
    void cannotRemindOnceTheSessionHasStarted() {
        requestAndConfirm(SESSION, NOW.plusHours(1));
        expectNotDue(SESSION, reminder(ReminderKind.HOUR_BEFORE, SESSION));
    }

    @Test
    void cannotRemindOfAPendingSession() {
        at(NOW, new RequestCounselingCommand(COUNSELOR, "b1", STUDENT, "Andi", SESSION, "Nilai turun",
                SessionChannel.TATAP_MUKA, null), AS_STUDENT);
        expectNotDue(SESSION.minusDays(1), reminder(ReminderKind.DAY_BEFORE, SESSION));
    }

    @Test
    void cannotRemindTheDayBeforeOfASessionConfirmedHalfAnHourAhead() {
        requestAndConfirm(SESSION, SESSION.minusMinutes(30));
        expectNotDue(SESSION.minusMinutes(30), reminder(ReminderKind.DAY_BEFORE, SESSION));
    }

    @Test
    void cannotRemindAnHourBeforeOfASessionConfirmedHalfAnHourAhead() {
        requestAndConfirm(SESSION, SESSION.minusMinutes(30));
        expectNotDue(SESSION.minusMinutes(20), reminder(ReminderKind.HOUR_BEFORE, SESSION));
    }

    @Test
    void canRemindAgainOfAMovedSessionAtItsNewStart() {
        LocalDateTime moved = thursday(10, 0);
        requestAndConfirm(SESSION, NOW.plusHours(1));
        at(SESSION.minusDays(1), reminder(ReminderKind.DAY_BEFORE, SESSION), AS_SYSTEM);
        at(SESSION.minusDays(1).plusHours(1), new PostponeCounselingCommand(COUNSELOR, "b1", "rapat", List.of(moved)),
                AS_COUNSELOR);
        at(SESSION.minusDays(1).plusHours(2), new AcceptCounselingAlternativeCommand(COUNSELOR, "b1", moved),
                AS_STUDENT);
        clock.set(moved.minusDays(1));
        calendar.when(reminder(ReminderKind.DAY_BEFORE, moved), AS_SYSTEM)
                .expectEvents(reminded(ReminderKind.DAY_BEFORE, moved));
    }

    @Test
    void cannotRemindOfTheOldStartOfAMovedSession() {
        LocalDateTime moved = thursday(10, 0);
        requestAndConfirm(SESSION, NOW.plusHours(1));
        at(NOW.plusHours(2), new PostponeCounselingCommand(COUNSELOR, "b1", "rapat", List.of(moved)), AS_COUNSELOR);
        at(NOW.plusHours(3), new AcceptCounselingAlternativeCommand(COUNSELOR, "b1", moved), AS_STUDENT);
        expectNotDue(SESSION.minusHours(1), reminder(ReminderKind.HOUR_BEFORE, SESSION));
    }

    @Test
    void cannotRemindOfAPostponedSession() {
        requestAndConfirm(SESSION, NOW.plusHours(1));
        at(NOW.plusHours(2), new PostponeCounselingCommand(COUNSELOR, "b1", "rapat", List.of(thursday(10, 0))),
                AS_COUNSELOR);
        expectNotDue(SESSION.minusDays(1), reminder(ReminderKind.DAY_BEFORE, SESSION));
    }

    @Test
    void cannotRemindOfACancelledSession() {
        requestAndConfirm(SESSION, NOW.plusHours(1));
        at(NOW.plusHours(2), new CancelCounselingCommand(COUNSELOR, "b1", "sakit"), AS_STUDENT);
        expectNotDue(SESSION.minusDays(1), reminder(ReminderKind.DAY_BEFORE, SESSION));
    }

    @Test
    void cannotAskForAReminderAsAPerson() {
        requestAndConfirm(SESSION, NOW.plusHours(1));
        clock.set(SESSION.minusDays(1));
        calendar.when(reminder(ReminderKind.DAY_BEFORE, SESSION), AS_COUNSELOR)
                .expectException(BusinessRuleViolation.class)
                .expectExceptionDetails(ErrorCode.ACCESS_DENIED.name())
                .expectNoEvents();
    }

    @Test
    void cannotRemindOfAnUnknownBooking() {
        expectRefused(SESSION.minusDays(1), new SendCounselingReminderCommand(COUNSELOR, "nope",
                ReminderKind.DAY_BEFORE, SESSION), ErrorCode.COUNSELING_NOT_FOUND);
    }

    // ---- the 24-hour response flag ----

    private void request() {
        at(NOW, new RequestCounselingCommand(COUNSELOR, "b1", STUDENT, "Andi", SESSION, "Nilai turun",
                SessionChannel.TATAP_MUKA, null), AS_STUDENT);
    }

    @Test
    void cannotFlagARequestUnansweredFor23Hours59Minutes() {
        request();
        expectNotDue(NOW.plusHours(23).plusMinutes(59), new FlagOverdueCounselingCommand(COUNSELOR, "b1"));
    }

    @Test
    void canFlagARequestUnansweredFor24Hours() {
        request();
        clock.set(NOW.plusHours(24));
        calendar.when(new FlagOverdueCounselingCommand(COUNSELOR, "b1"), AS_SYSTEM)
                .expectEvents(new CounselingResponseOverdueEvent(COUNSELOR, "b1", STUDENT, instant(NOW),
                        instant(NOW.plusHours(24))));
    }

    @Test
    void cannotFlagARequestTwice() {
        request();
        at(NOW.plusHours(24), new FlagOverdueCounselingCommand(COUNSELOR, "b1"), AS_SYSTEM);
        expectNotDue(NOW.plusHours(25), new FlagOverdueCounselingCommand(COUNSELOR, "b1"));
    }

    @Test
    void cannotFlagAnAnsweredRequest() {
        request();
        at(NOW.plusHours(23), new ConfirmCounselingCommand(COUNSELOR, "b1"), AS_COUNSELOR);
        expectNotDue(NOW.plusHours(24), new FlagOverdueCounselingCommand(COUNSELOR, "b1"));
    }

    @Test
    void cannotFlagAsAPerson() {
        request();
        clock.set(NOW.plusHours(24));
        calendar.when(new FlagOverdueCounselingCommand(COUNSELOR, "b1"), AS_COUNSELOR)
                .expectException(BusinessRuleViolation.class)
                .expectExceptionDetails(ErrorCode.ACCESS_DENIED.name())
                .expectNoEvents();
    }
}
