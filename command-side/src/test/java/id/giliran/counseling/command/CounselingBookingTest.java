package id.giliran.counseling.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.counseling.AcceptCounselingAlternativeCommand;
import id.giliran.api.counseling.CancelCounselingCommand;
import id.giliran.api.counseling.CompleteCounselingCommand;
import id.giliran.api.counseling.ConfirmCounselingCommand;
import id.giliran.api.counseling.CounselingAlternativeAcceptedEvent;
import id.giliran.api.counseling.CounselingAlternativesDeclinedEvent;
import id.giliran.api.counseling.CounselingCancelledEvent;
import id.giliran.api.counseling.CounselingCompletedEvent;
import id.giliran.api.counseling.CounselingNoShowRecordedEvent;
import id.giliran.api.counseling.CounselingPostponedEvent;
import id.giliran.api.counseling.CounselingRequestedEvent;
import id.giliran.api.counseling.DeclineCounselingAlternativesCommand;
import id.giliran.api.counseling.OnBehalfRequest;
import id.giliran.api.counseling.PostponeCounselingCommand;
import id.giliran.api.counseling.RecordCounselingNoShowCommand;
import id.giliran.api.counseling.RequestCounselingCommand;
import id.giliran.api.counseling.RequesterRelation;
import id.giliran.api.counseling.SessionChannel;
import id.giliran.command.BusinessRuleViolation;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;

import static id.giliran.counseling.command.Calendars.AS_ADMIN;
import static id.giliran.counseling.command.Calendars.AS_COUNSELOR;
import static id.giliran.counseling.command.Calendars.AS_OTHER_COUNSELOR;
import static id.giliran.counseling.command.Calendars.AS_OTHER_STUDENT;
import static id.giliran.counseling.command.Calendars.AS_STUDENT;
import static id.giliran.counseling.command.Calendars.COUNSELOR;
import static id.giliran.counseling.command.Calendars.HOURS;
import static id.giliran.counseling.command.Calendars.NOW;
import static id.giliran.counseling.command.Calendars.PROFILE;
import static id.giliran.counseling.command.Calendars.STUDENT;
import static id.giliran.counseling.command.Calendars.confirmed;
import static id.giliran.counseling.command.Calendars.instant;
import static id.giliran.counseling.command.Calendars.requested;
import static id.giliran.counseling.command.Calendars.session;
import static id.giliran.counseling.command.Calendars.thursday;
import static id.giliran.counseling.command.Calendars.tuesday;
import static id.giliran.counseling.command.Calendars.wednesday;

class CounselingBookingTest {

    static final OnBehalfRequest BY_HOMEROOM_TEACHER = new OnBehalfRequest("Pak Joko", RequesterRelation.WALI_KELAS,
            "sering bolos");

    private final Calendars.MutableClock clock = new Calendars.MutableClock(NOW);
    private FixtureConfiguration<Counselor> fixture;

    @BeforeEach
    void setUp() {
        fixture = Calendars.fixture(clock);
    }

    static RequestCounselingCommand request(String bookingId, LocalDateTime start) {
        return new RequestCounselingCommand(COUNSELOR, bookingId, STUDENT, "Andi", start, "Nilai turun",
                SessionChannel.TATAP_MUKA, null);
    }

    static CounselingPostponedEvent postponed(String bookingId, LocalDateTime from, LocalDateTime... alternatives) {
        return new CounselingPostponedEvent(COUNSELOR, bookingId, STUDENT, session(from), "rapat guru",
                java.util.Arrays.stream(alternatives).map(Calendars::session).toList(), COUNSELOR, instant(NOW));
    }

    private void refused(ResultValidator<Counselor> result, ErrorCode code) {
        result.expectException(BusinessRuleViolation.class)
              .expectExceptionDetails(code.name())
              .expectNoEvents();
    }

    private ResultValidator<Counselor> when(Object command, MetaData caller, Object... given) {
        return fixture.given(given).when(command, caller);
    }

    // ---- request ----

    @Test
    void canRequestAFreeSlotForThemselves() {
        fixture.given(PROFILE, HOURS)
               .when(request("b1", tuesday(9, 0)), AS_STUDENT)
               .expectEvents(requested("b1", tuesday(9, 0)));
    }

    @Test
    void cannotRequestForAnotherStudent() {
        refused(when(request("b1", tuesday(9, 0)), AS_OTHER_STUDENT, PROFILE, HOURS), ErrorCode.NOT_YOUR_COUNSELING);
    }

    @Test
    void cannotRequestOnSomebodysBehalfAsAStudent() {
        refused(when(new RequestCounselingCommand(COUNSELOR, "b1", STUDENT, "Andi", tuesday(9, 0), "Nilai turun",
                SessionChannel.TATAP_MUKA, BY_HOMEROOM_TEACHER), AS_STUDENT, PROFILE, HOURS), ErrorCode.INVALID_INPUT);
    }

    @Test
    void canRequestOnAStudentsBehalfAsACounselor() {
        fixture.given(PROFILE, HOURS)
               .when(new RequestCounselingCommand(COUNSELOR, "b1", STUDENT, "Andi", tuesday(9, 0), " Nilai turun ",
                       SessionChannel.CHAT, BY_HOMEROOM_TEACHER), AS_OTHER_COUNSELOR)
               .expectEvents(new CounselingRequestedEvent(COUNSELOR, "b1", STUDENT, "Andi", session(tuesday(9, 0)),
                       "Nilai turun", SessionChannel.CHAT, BY_HOMEROOM_TEACHER, "pak.budi", instant(NOW)));
    }

    @Test
    void cannotRequestAsStaffWithoutSayingWhoAskedAndWhy() {
        refused(when(request("b1", tuesday(9, 0)), AS_ADMIN, PROFILE, HOURS), ErrorCode.ON_BEHALF_DETAILS_REQUIRED);
    }

    @Test
    void cannotRequestOnBehalfWithoutAReason() {
        refused(when(new RequestCounselingCommand(COUNSELOR, "b1", STUDENT, "Andi", tuesday(9, 0), "Nilai turun",
                        SessionChannel.TATAP_MUKA, new OnBehalfRequest("Bu Tini", RequesterRelation.ORANG_TUA, " ")),
                AS_COUNSELOR, PROFILE, HOURS), ErrorCode.ON_BEHALF_DETAILS_REQUIRED);
    }

    @Test
    void cannotRequestWithoutATopic() {
        refused(when(new RequestCounselingCommand(COUNSELOR, "b1", STUDENT, "Andi", tuesday(9, 0), " ",
                SessionChannel.TATAP_MUKA, null), AS_STUDENT, PROFILE, HOURS), ErrorCode.COUNSELING_TOPIC_REQUIRED);
    }

    @Test
    void cannotRequestACounselorWithoutAProfile() {
        refused(when(request("b1", tuesday(9, 0)), AS_STUDENT, HOURS), ErrorCode.COUNSELOR_UNKNOWN);
    }

    @Test
    void cannotRequestAChannelTheCounselorDoesNotOffer() {
        refused(when(new RequestCounselingCommand(COUNSELOR, "b1", STUDENT, "Andi", tuesday(9, 0), "Nilai turun",
                SessionChannel.VIDEO, null), AS_STUDENT, PROFILE, HOURS), ErrorCode.CHANNEL_NOT_OFFERED);
    }

    @Test
    void cannotRequestATimeThatIsNoSessionStart() {
        refused(when(request("b1", tuesday(9, 30)), AS_STUDENT, PROFILE, HOURS), ErrorCode.SLOT_NOT_IN_HOURS);
    }

    @Test
    void cannotRequestACounselorWithoutHours() {
        refused(when(request("b1", tuesday(9, 0)), AS_STUDENT, PROFILE), ErrorCode.SLOT_NOT_IN_HOURS);
    }

    @Test
    void cannotRequestATimeThatHasStarted() {
        refused(when(request("b1", NOW), AS_STUDENT, PROFILE, HOURS), ErrorCode.SLOT_IN_PAST);
    }

    @Test
    void cannotRequestSoonerThanTheNotice() {
        refused(when(request("b1", NOW.withHour(9)), AS_STUDENT, PROFILE, HOURS), ErrorCode.SLOT_TOO_SOON);
    }

    @Test
    void cannotRequestATimeAnotherBookingHolds() {
        refused(when(request("b2", tuesday(9, 0)), AS_STUDENT, PROFILE, HOURS, requested("b1", tuesday(9, 0))),
                ErrorCode.SLOT_TAKEN);
    }

    @Test
    void cannotRequestATimeOfferedToAPostponedBooking() {
        refused(when(request("b2", thursday(10, 0)), AS_STUDENT, PROFILE, HOURS, requested("b1", tuesday(9, 0)),
                postponed("b1", tuesday(9, 0), thursday(10, 0))), ErrorCode.SLOT_TAKEN);
    }

    @Test
    void canRequestTheOldTimeOfAPostponedBooking() {
        fixture.given(PROFILE, HOURS, requested("b1", tuesday(9, 0)), postponed("b1", tuesday(9, 0), thursday(10, 0)))
               .when(request("b2", tuesday(9, 0)), AS_STUDENT)
               .expectEvents(requested("b2", tuesday(9, 0)));
    }

    @Test
    void canRequestATimeFreedByACancellation() {
        fixture.given(PROFILE, HOURS, requested("b1", tuesday(9, 0)),
                       new CounselingCancelledEvent(COUNSELOR, "b1", STUDENT, session(tuesday(9, 0)), "sakit", true,
                               STUDENT, instant(NOW)))
               .when(request("b2", tuesday(9, 0)), AS_STUDENT)
               .expectEvents(requested("b2", tuesday(9, 0)));
    }

    @Test
    void cannotReuseABookingId() {
        refused(when(request("b1", wednesday(9, 0)), AS_STUDENT, PROFILE, HOURS, requested("b1", tuesday(9, 0))),
                ErrorCode.INVALID_INPUT);
    }

    // ---- confirm ----

    @Test
    void canConfirmAPendingBooking() {
        fixture.given(PROFILE, HOURS, requested("b1", tuesday(9, 0)))
               .when(new ConfirmCounselingCommand(COUNSELOR, "b1"), AS_COUNSELOR)
               .expectEvents(confirmed("b1", tuesday(9, 0), NOW));
    }

    @Test
    void cannotConfirmAnotherCounselorsBooking() {
        refused(when(new ConfirmCounselingCommand(COUNSELOR, "b1"), AS_OTHER_COUNSELOR, PROFILE, HOURS,
                requested("b1", tuesday(9, 0))), ErrorCode.NOT_YOUR_COUNSELING);
    }

    @Test
    void cannotConfirmAnUnknownBooking() {
        refused(when(new ConfirmCounselingCommand(COUNSELOR, "nope"), AS_COUNSELOR, PROFILE, HOURS),
                ErrorCode.COUNSELING_NOT_FOUND);
    }

    @Test
    void cannotConfirmTwice() {
        refused(when(new ConfirmCounselingCommand(COUNSELOR, "b1"), AS_COUNSELOR, PROFILE, HOURS,
                requested("b1", tuesday(9, 0)), confirmed("b1", tuesday(9, 0), NOW)), ErrorCode.COUNSELING_STATUS_INVALID);
    }

    // ---- cancel ----

    @Test
    void canCancelTheirOwnBookingAsTheStudent() {
        fixture.given(PROFILE, HOURS, requested("b1", tuesday(9, 0)), confirmed("b1", tuesday(9, 0), NOW))
               .when(new CancelCounselingCommand(COUNSELOR, "b1", " sakit "), AS_STUDENT)
               .expectEvents(new CounselingCancelledEvent(COUNSELOR, "b1", STUDENT, session(tuesday(9, 0)), "sakit",
                       true, STUDENT, instant(NOW)));
    }

    @Test
    void canCancelABookingAsItsCounselor() {
        fixture.given(PROFILE, HOURS, requested("b1", tuesday(9, 0)))
               .when(new CancelCounselingCommand(COUNSELOR, "b1", "dinas luar"), AS_COUNSELOR)
               .expectEvents(new CounselingCancelledEvent(COUNSELOR, "b1", STUDENT, session(tuesday(9, 0)),
                       "dinas luar", false, COUNSELOR, instant(NOW)));
    }

    @Test
    void canCancelAnyBookingAsAdmin() {
        fixture.given(PROFILE, HOURS, requested("b1", tuesday(9, 0)))
               .when(new CancelCounselingCommand(COUNSELOR, "b1", "sekolah libur"), AS_ADMIN)
               .expectEvents(new CounselingCancelledEvent(COUNSELOR, "b1", STUDENT, session(tuesday(9, 0)),
                       "sekolah libur", false, "admin", instant(NOW)));
    }

    @Test
    void canCancelAPostponedBooking() {
        fixture.given(PROFILE, HOURS, requested("b1", tuesday(9, 0)), postponed("b1", tuesday(9, 0), thursday(10, 0)))
               .when(new CancelCounselingCommand(COUNSELOR, "b1", "tidak jadi"), AS_STUDENT)
               .expectEvents(new CounselingCancelledEvent(COUNSELOR, "b1", STUDENT, session(tuesday(9, 0)),
                       "tidak jadi", true, STUDENT, instant(NOW)));
    }

    @Test
    void cannotCancelAnotherStudentsBooking() {
        refused(when(new CancelCounselingCommand(COUNSELOR, "b1", "iseng"), AS_OTHER_STUDENT, PROFILE, HOURS,
                requested("b1", tuesday(9, 0))), ErrorCode.NOT_YOUR_COUNSELING);
    }

    @Test
    void cannotCancelAnotherCounselorsBooking() {
        refused(when(new CancelCounselingCommand(COUNSELOR, "b1", "iseng"), AS_OTHER_COUNSELOR, PROFILE, HOURS,
                requested("b1", tuesday(9, 0))), ErrorCode.NOT_YOUR_COUNSELING);
    }

    @Test
    void cannotCancelWithoutAReason() {
        refused(when(new CancelCounselingCommand(COUNSELOR, "b1", " "), AS_STUDENT, PROFILE, HOURS,
                requested("b1", tuesday(9, 0))), ErrorCode.COUNSELING_REASON_REQUIRED);
    }

    @Test
    void cannotCancelACancelledBooking() {
        refused(when(new CancelCounselingCommand(COUNSELOR, "b1", "lagi"), AS_STUDENT, PROFILE, HOURS,
                requested("b1", tuesday(9, 0)), new CounselingCancelledEvent(COUNSELOR, "b1", STUDENT,
                        session(tuesday(9, 0)), "sakit", true, STUDENT, instant(NOW))),
                ErrorCode.COUNSELING_STATUS_INVALID);
    }

    // ---- postpone ----

    @Test
    void canPostponeAConfirmedBookingOfferingOtherTimes() {
        fixture.given(PROFILE, HOURS, requested("b1", tuesday(9, 0)), confirmed("b1", tuesday(9, 0), NOW))
               .when(new PostponeCounselingCommand(COUNSELOR, "b1", " rapat guru ",
                       List.of(thursday(10, 0), thursday(11, 0))), AS_COUNSELOR)
               .expectEvents(postponed("b1", tuesday(9, 0), thursday(10, 0), thursday(11, 0)));
    }

    @Test
    void canOfferTheTimeTheBookingItselfHeld() {
        fixture.given(PROFILE, HOURS, requested("b1", tuesday(9, 0)))
               .when(new PostponeCounselingCommand(COUNSELOR, "b1", "rapat guru", List.of(tuesday(9, 0))), AS_COUNSELOR)
               .expectEvents(postponed("b1", tuesday(9, 0), tuesday(9, 0)));
    }

    @Test
    void canOfferATimeWithinTheNotice() {
        fixture.given(PROFILE, HOURS, requested("b1", tuesday(9, 0)))
               .when(new PostponeCounselingCommand(COUNSELOR, "b1", "rapat guru", List.of(NOW.withHour(9))),
                       AS_COUNSELOR)
               .expectEvents(postponed("b1", tuesday(9, 0), NOW.withHour(9)));
    }

    @Test
    void cannotPostponeWithoutAReason() {
        refused(when(new PostponeCounselingCommand(COUNSELOR, "b1", null, List.of(thursday(10, 0))), AS_COUNSELOR,
                PROFILE, HOURS, requested("b1", tuesday(9, 0))), ErrorCode.COUNSELING_REASON_REQUIRED);
    }

    @Test
    void cannotPostponeWithoutAlternatives() {
        refused(when(new PostponeCounselingCommand(COUNSELOR, "b1", "rapat", List.of()), AS_COUNSELOR,
                PROFILE, HOURS, requested("b1", tuesday(9, 0))), ErrorCode.ALTERNATIVES_REQUIRED);
    }

    @Test
    void cannotOfferATimeAnotherBookingHolds() {
        refused(when(new PostponeCounselingCommand(COUNSELOR, "b1", "rapat", List.of(wednesday(9, 0))), AS_COUNSELOR,
                PROFILE, HOURS, requested("b1", tuesday(9, 0)), requested("b2", wednesday(9, 0))), ErrorCode.SLOT_TAKEN);
    }

    @Test
    void cannotOfferAlternativesThatClashWithEachOther() {
        refused(when(new PostponeCounselingCommand(COUNSELOR, "b1", "rapat", List.of(thursday(10, 0), thursday(10, 0))),
                AS_COUNSELOR, PROFILE, HOURS, requested("b1", tuesday(9, 0))), ErrorCode.SLOT_TAKEN);
    }

    @Test
    void cannotOfferAPastTime() {
        refused(when(new PostponeCounselingCommand(COUNSELOR, "b1", "rapat", List.of(NOW)), AS_COUNSELOR,
                PROFILE, HOURS, requested("b1", tuesday(9, 0))), ErrorCode.SLOT_IN_PAST);
    }

    @Test
    void cannotOfferATimeOutsideTheHours() {
        refused(when(new PostponeCounselingCommand(COUNSELOR, "b1", "rapat", List.of(thursday(14, 0))), AS_COUNSELOR,
                PROFILE, HOURS, requested("b1", tuesday(9, 0))), ErrorCode.SLOT_NOT_IN_HOURS);
    }

    @Test
    void cannotPostponeAPostponedBooking() {
        refused(when(new PostponeCounselingCommand(COUNSELOR, "b1", "rapat", List.of(thursday(11, 0))), AS_COUNSELOR,
                PROFILE, HOURS, requested("b1", tuesday(9, 0)), postponed("b1", tuesday(9, 0), thursday(10, 0))),
                ErrorCode.COUNSELING_STATUS_INVALID);
    }

    @Test
    void cannotPostponeAnotherCounselorsBooking() {
        refused(when(new PostponeCounselingCommand(COUNSELOR, "b1", "rapat", List.of(thursday(10, 0))),
                AS_OTHER_COUNSELOR, PROFILE, HOURS, requested("b1", tuesday(9, 0))), ErrorCode.NOT_YOUR_COUNSELING);
    }

    // ---- the student's answer ----

    @Test
    void canAcceptAnOfferedTime() {
        fixture.given(PROFILE, HOURS, requested("b1", tuesday(9, 0)),
                       postponed("b1", tuesday(9, 0), thursday(10, 0), thursday(11, 0)))
               .when(new AcceptCounselingAlternativeCommand(COUNSELOR, "b1", thursday(11, 0)), AS_STUDENT)
               .expectEvents(new CounselingAlternativeAcceptedEvent(COUNSELOR, "b1", STUDENT, session(thursday(11, 0)),
                       instant(NOW)));
    }

    @Test
    void acceptingFreesTheOtherAlternatives() {
        fixture.given(PROFILE, HOURS, requested("b1", tuesday(9, 0)),
                       postponed("b1", tuesday(9, 0), thursday(10, 0), thursday(11, 0)),
                       new CounselingAlternativeAcceptedEvent(COUNSELOR, "b1", STUDENT, session(thursday(11, 0)),
                               instant(NOW)))
               .when(request("b2", thursday(10, 0)), AS_STUDENT)
               .expectEvents(requested("b2", thursday(10, 0)));
    }

    @Test
    void cannotAcceptATimeNotOffered() {
        refused(when(new AcceptCounselingAlternativeCommand(COUNSELOR, "b1", thursday(12, 0)), AS_STUDENT, PROFILE,
                HOURS, requested("b1", tuesday(9, 0)), postponed("b1", tuesday(9, 0), thursday(10, 0))),
                ErrorCode.ALTERNATIVE_NOT_OFFERED);
    }

    @Test
    void cannotAcceptAnOfferedTimeThatHasPassed() {
        clock.set(thursday(10, 5));
        refused(when(new AcceptCounselingAlternativeCommand(COUNSELOR, "b1", thursday(10, 0)), AS_STUDENT, PROFILE,
                HOURS, requested("b1", tuesday(9, 0)), postponed("b1", tuesday(9, 0), thursday(10, 0))),
                ErrorCode.SLOT_IN_PAST);
    }

    @Test
    void cannotAcceptForAnotherStudent() {
        refused(when(new AcceptCounselingAlternativeCommand(COUNSELOR, "b1", thursday(10, 0)), AS_OTHER_STUDENT,
                PROFILE, HOURS, requested("b1", tuesday(9, 0)), postponed("b1", tuesday(9, 0), thursday(10, 0))),
                ErrorCode.NOT_YOUR_COUNSELING);
    }

    @Test
    void cannotAcceptWhenNothingIsOffered() {
        refused(when(new AcceptCounselingAlternativeCommand(COUNSELOR, "b1", tuesday(9, 0)), AS_STUDENT, PROFILE,
                HOURS, requested("b1", tuesday(9, 0))), ErrorCode.COUNSELING_STATUS_INVALID);
    }

    @Test
    void canDeclineTheOfferedTimes() {
        fixture.given(PROFILE, HOURS, requested("b1", tuesday(9, 0)), postponed("b1", tuesday(9, 0), thursday(10, 0)))
               .when(new DeclineCounselingAlternativesCommand(COUNSELOR, "b1", " ada ujian "), AS_STUDENT)
               .expectEvents(new CounselingAlternativesDeclinedEvent(COUNSELOR, "b1", STUDENT, "ada ujian",
                       instant(NOW)));
    }

    @Test
    void decliningFreesTheOfferedTimes() {
        fixture.given(PROFILE, HOURS, requested("b1", tuesday(9, 0)), postponed("b1", tuesday(9, 0), thursday(10, 0)),
                       new CounselingAlternativesDeclinedEvent(COUNSELOR, "b1", STUDENT, null, instant(NOW)))
               .when(request("b2", thursday(10, 0)), AS_STUDENT)
               .expectEvents(requested("b2", thursday(10, 0)));
    }

    @Test
    void cannotDeclineForAnotherStudent() {
        refused(when(new DeclineCounselingAlternativesCommand(COUNSELOR, "b1", null), AS_OTHER_STUDENT, PROFILE, HOURS,
                requested("b1", tuesday(9, 0)), postponed("b1", tuesday(9, 0), thursday(10, 0))),
                ErrorCode.NOT_YOUR_COUNSELING);
    }

    @Test
    void cannotDeclineWhenNothingIsOffered() {
        refused(when(new DeclineCounselingAlternativesCommand(COUNSELOR, "b1", null), AS_STUDENT, PROFILE, HOURS,
                requested("b1", tuesday(9, 0)), confirmed("b1", tuesday(9, 0), NOW)), ErrorCode.COUNSELING_STATUS_INVALID);
    }

    // ---- done and no-show ----

    @Test
    void canCompleteASessionOnceItHasStarted() {
        clock.set(tuesday(9, 0));
        fixture.given(PROFILE, HOURS, requested("b1", tuesday(9, 0)), confirmed("b1", tuesday(9, 0), NOW))
               .when(new CompleteCounselingCommand(COUNSELOR, "b1"), AS_COUNSELOR)
               .expectEvents(new CounselingCompletedEvent(COUNSELOR, "b1", STUDENT, session(tuesday(9, 0)),
                       instant(tuesday(9, 0))));
    }

    @Test
    void cannotCompleteASessionBeforeItStarts() {
        clock.set(tuesday(8, 59));
        refused(when(new CompleteCounselingCommand(COUNSELOR, "b1"), AS_COUNSELOR, PROFILE, HOURS,
                requested("b1", tuesday(9, 0)), confirmed("b1", tuesday(9, 0), NOW)), ErrorCode.SESSION_NOT_STARTED);
    }

    @Test
    void cannotCompleteAPendingSession() {
        clock.set(tuesday(10, 0));
        refused(when(new CompleteCounselingCommand(COUNSELOR, "b1"), AS_COUNSELOR, PROFILE, HOURS,
                requested("b1", tuesday(9, 0))), ErrorCode.COUNSELING_STATUS_INVALID);
    }

    @Test
    void cannotCompleteAnotherCounselorsSession() {
        clock.set(tuesday(10, 0));
        refused(when(new CompleteCounselingCommand(COUNSELOR, "b1"), AS_OTHER_COUNSELOR, PROFILE, HOURS,
                requested("b1", tuesday(9, 0)), confirmed("b1", tuesday(9, 0), NOW)), ErrorCode.NOT_YOUR_COUNSELING);
    }

    @Test
    void canRecordANoShowOnceTheSessionHasStarted() {
        clock.set(tuesday(9, 20));
        fixture.given(PROFILE, HOURS, requested("b1", tuesday(9, 0)), confirmed("b1", tuesday(9, 0), NOW))
               .when(new RecordCounselingNoShowCommand(COUNSELOR, "b1"), AS_COUNSELOR)
               .expectEvents(new CounselingNoShowRecordedEvent(COUNSELOR, "b1", STUDENT, session(tuesday(9, 0)),
                       instant(tuesday(9, 20))));
    }

    @Test
    void cannotRecordANoShowBeforeTheSessionStarts() {
        clock.set(tuesday(8, 0));
        refused(when(new RecordCounselingNoShowCommand(COUNSELOR, "b1"), AS_COUNSELOR, PROFILE, HOURS,
                requested("b1", tuesday(9, 0)), confirmed("b1", tuesday(9, 0), NOW)), ErrorCode.SESSION_NOT_STARTED);
    }

    @Test
    void cannotRecordANoShowForACompletedSession() {
        clock.set(tuesday(10, 0));
        refused(when(new RecordCounselingNoShowCommand(COUNSELOR, "b1"), AS_COUNSELOR, PROFILE, HOURS,
                requested("b1", tuesday(9, 0)), confirmed("b1", tuesday(9, 0), NOW),
                new CounselingCompletedEvent(COUNSELOR, "b1", STUDENT, session(tuesday(9, 0)), instant(tuesday(9, 45)))),
                ErrorCode.COUNSELING_STATUS_INVALID);
    }
}
