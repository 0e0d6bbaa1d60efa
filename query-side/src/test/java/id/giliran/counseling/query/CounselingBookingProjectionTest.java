package id.giliran.counseling.query;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.counseling.CounselingAlternativeAcceptedEvent;
import id.giliran.api.counseling.CounselingAlternativesDeclinedEvent;
import id.giliran.api.counseling.CounselingBookingView;
import id.giliran.api.counseling.CounselingCancelledEvent;
import id.giliran.api.counseling.CounselingCompletedEvent;
import id.giliran.api.counseling.CounselingConfirmedEvent;
import id.giliran.api.counseling.CounselingNoShowRecordedEvent;
import id.giliran.api.counseling.CounselingPostponedEvent;
import id.giliran.api.counseling.CounselingReminderDueEvent;
import id.giliran.api.counseling.CounselingRequestedEvent;
import id.giliran.api.counseling.CounselingResponseOverdueEvent;
import id.giliran.api.counseling.CounselingStatus;
import id.giliran.api.counseling.CounselorHoursExceptionAddedEvent;
import id.giliran.api.counseling.CounselorHoursExceptionRemovedEvent;
import id.giliran.api.counseling.CounselorHoursSetEvent;
import id.giliran.api.counseling.CounselorProfileSavedEvent;
import id.giliran.api.counseling.DueCounselingReminder;
import id.giliran.api.counseling.FindCounselingAwaitingResponseQuery;
import id.giliran.api.counseling.FindCounselingBookingQuery;
import id.giliran.api.counseling.FindCounselorBookingsQuery;
import id.giliran.api.counseling.FindDueCounselingRemindersQuery;
import id.giliran.api.counseling.FindOverdueCounselingQuery;
import id.giliran.api.counseling.FindStudentCounselingQuery;
import id.giliran.api.counseling.HoursException;
import id.giliran.api.counseling.HoursExceptionKind;
import id.giliran.api.counseling.OnBehalfRequest;
import id.giliran.api.counseling.ReminderKind;
import id.giliran.api.counseling.RequesterRelation;
import id.giliran.api.counseling.SessionChannel;
import id.giliran.api.counseling.Slot;
import id.giliran.api.counseling.Specialization;
import id.giliran.api.identity.Caller;
import id.giliran.api.identity.Role;
import id.giliran.api.privacy.PersonalData;
import id.giliran.api.privacy.PersonalDataErasedEvent;
import id.giliran.query.EmbeddedMongo;
import id.giliran.query.PersonalDataFixture;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class CounselingBookingProjectionTest {

    static final ZoneId SCHOOL_ZONE = ZoneId.of("Asia/Jakarta");
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    /** Requests are made on the Friday before, at 10:00 school time. */
    static final LocalDateTime REQUESTED = MONDAY.minusDays(3).atTime(10, 0);
    static final Clock CLOCK = Clock.fixed(instant(REQUESTED), SCHOOL_ZONE);

    private EmbeddedMongo mongo;
    private PersonalDataFixture privacy;
    private QueryUpdateEmitter emitter;
    private CounselingBookingProjection projection;

    @BeforeEach
    void setUp() {
        mongo = new EmbeddedMongo();
        privacy = new PersonalDataFixture(mongo.template());
        emitter = mock(QueryUpdateEmitter.class);
        projection = new CounselingBookingProjection(mongo.template(), emitter, CLOCK, privacy.fields());
        projection.on(new CounselorProfileSavedEvent("rina", "Rina Wulandari", Set.of(Specialization.AKADEMIK), "",
                "", Set.of(SessionChannel.TATAP_MUKA), null));
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    static Instant instant(LocalDateTime schoolTime) {
        return schoolTime.atZone(SCHOOL_ZONE).toInstant();
    }

    static MetaData as(String username, Role... roles) {
        return MetaData.from(new Caller(username, Set.of(roles), "10.0.0.7").toMetaData());
    }

    static final MetaData ADMIN = as("admin", Role.ADMIN);
    static final MetaData RINA = as("rina", Role.KONSELOR);
    static final MetaData SITI = as("siti", Role.SISWA);
    static final MetaData SYSTEM = MetaData.from(Caller.system().toMetaData());

    static Slot at(LocalDateTime start) {
        return Slot.of(start, 45);
    }

    private void request(String bookingId, String counselorId, String student, LocalDateTime start,
                         LocalDateTime requestedAt) {
        projection.on(new CounselingRequestedEvent(counselorId, bookingId, student, student + " Aminah", at(start),
                "Nilai turun", SessionChannel.TATAP_MUKA, null, student, instant(requestedAt)), instant(requestedAt));
    }

    private void request(String bookingId, LocalDateTime start) {
        request(bookingId, "rina", "siti", start, REQUESTED);
    }

    private void confirm(String bookingId, LocalDateTime start, LocalDateTime confirmedAt) {
        projection.on(new CounselingConfirmedEvent("rina", bookingId, "siti", at(start), "rina",
                instant(confirmedAt)), instant(confirmedAt));
    }

    private CounselingBookingView booking(String bookingId) {
        return projection.handle(new FindCounselingBookingQuery(bookingId), ADMIN).orElseThrow();
    }

    private List<String> rinasBookings(Set<CounselingStatus> statuses, LocalDate from, LocalDate to) {
        return projection.handle(new FindCounselorBookingsQuery("rina", statuses, from, to), RINA).stream()
                         .map(CounselingBookingView::bookingId).toList();
    }

    // --- the booking as it goes ---

    @Test
    void canShowARequestedBooking() {
        OnBehalfRequest onBehalf = new OnBehalfRequest("Pak Joko", RequesterRelation.WALI_KELAS, "Sering murung");
        Instant at = instant(REQUESTED);
        projection.on(new CounselingRequestedEvent("rina", "b1", "siti", "Siti Aminah", at(MONDAY.atTime(8, 0)),
                "Nilai turun", SessionChannel.CHAT, onBehalf, "joko", at), at.plusSeconds(1));

        CounselingBookingView view = booking("b1");

        assertThat(view.counselorName()).isEqualTo("Rina Wulandari");
        assertThat(view.studentName()).isEqualTo("Siti Aminah");
        assertThat(view.slot()).isEqualTo(at(MONDAY.atTime(8, 0)));
        assertThat(view.status()).isEqualTo(CounselingStatus.PENDING);
        assertThat(view.channel()).isEqualTo(SessionChannel.CHAT);
        assertThat(view.onBehalf()).isEqualTo(onBehalf);
        assertThat(view.requestedBy()).isEqualTo("joko");
        assertThat(view.requestedAt()).isEqualTo(at);
        assertThat(view.alternatives()).isEmpty();
        assertThat(view.updatedAt()).isEqualTo(at.plusSeconds(1));
    }

    @Test
    void canShowTheCounselorsLatestName() {
        request("b1", MONDAY.atTime(8, 0));
        projection.on(new CounselorProfileSavedEvent("rina", "Rina W., S.Pd.", Set.of(), "", "", Set.of(), null));

        assertThat(booking("b1").counselorName()).isEqualTo("Rina W., S.Pd.");
    }

    @Test
    void canShowAConfirmedBookingUpdatedAtTheEventsTime() {
        request("b1", MONDAY.atTime(8, 0));
        confirm("b1", MONDAY.atTime(8, 0), REQUESTED.plusHours(1));

        CounselingBookingView view = booking("b1");
        assertThat(view.status()).isEqualTo(CounselingStatus.CONFIRMED);
        assertThat(view.updatedAt()).isEqualTo(instant(REQUESTED.plusHours(1)));
    }

    @Test
    void canShowAPostponedBookingWithItsOldSlotReasonAndAlternatives() {
        request("b1", MONDAY.atTime(8, 0));
        projection.on(new CounselingPostponedEvent("rina", "b1", "siti", at(MONDAY.atTime(8, 0)), "Rapat guru",
                List.of(at(MONDAY.atTime(9, 0)), at(MONDAY.atTime(10, 0))), "rina", instant(REQUESTED)),
                instant(REQUESTED));

        CounselingBookingView view = booking("b1");
        assertThat(view.status()).isEqualTo(CounselingStatus.POSTPONED);
        assertThat(view.slot()).isEqualTo(at(MONDAY.atTime(8, 0)));
        assertThat(view.reason()).isEqualTo("Rapat guru");
        assertThat(view.alternatives()).containsExactly(at(MONDAY.atTime(9, 0)), at(MONDAY.atTime(10, 0)));
    }

    @Test
    void canMoveABookingToTheAcceptedAlternative() {
        request("b1", MONDAY.atTime(8, 0));
        projection.on(new CounselingPostponedEvent("rina", "b1", "siti", at(MONDAY.atTime(8, 0)), "Rapat guru",
                List.of(at(MONDAY.atTime(9, 0)), at(MONDAY.atTime(10, 0))), "rina", instant(REQUESTED)),
                instant(REQUESTED));
        projection.on(new CounselingAlternativeAcceptedEvent("rina", "b1", "siti", at(MONDAY.atTime(10, 0)),
                instant(REQUESTED)), instant(REQUESTED));

        CounselingBookingView view = booking("b1");
        assertThat(view.status()).isEqualTo(CounselingStatus.CONFIRMED);
        assertThat(view.slot()).isEqualTo(at(MONDAY.atTime(10, 0)));
        assertThat(view.alternatives()).isEmpty();
    }

    @Test
    void canCancelABookingWhenItsAlternativesAreDeclined() {
        request("b1", MONDAY.atTime(8, 0));
        projection.on(new CounselingPostponedEvent("rina", "b1", "siti", at(MONDAY.atTime(8, 0)), "Rapat guru",
                List.of(at(MONDAY.atTime(9, 0))), "rina", instant(REQUESTED)), instant(REQUESTED));
        projection.on(new CounselingAlternativesDeclinedEvent("rina", "b1", "siti", "Ada ujian", instant(REQUESTED)),
                instant(REQUESTED));

        CounselingBookingView view = booking("b1");
        assertThat(view.status()).isEqualTo(CounselingStatus.CANCELLED);
        assertThat(view.reason()).isEqualTo("Ada ujian");
        assertThat(view.alternatives()).isEmpty();
    }

    @Test
    void canShowACancelledBookingWithItsReason() {
        request("b1", MONDAY.atTime(8, 0));
        projection.on(new CounselingCancelledEvent("rina", "b1", "siti", at(MONDAY.atTime(8, 0)), "Sakit", true,
                "siti", instant(REQUESTED)), instant(REQUESTED));

        assertThat(booking("b1").status()).isEqualTo(CounselingStatus.CANCELLED);
        assertThat(booking("b1").reason()).isEqualTo("Sakit");
    }

    @Test
    void canShowDoneAndNoShowSessions() {
        request("b1", MONDAY.atTime(8, 0));
        request("b2", MONDAY.atTime(9, 0));
        projection.on(new CounselingCompletedEvent("rina", "b1", "siti", at(MONDAY.atTime(8, 0)),
                instant(MONDAY.atTime(9, 0))), instant(MONDAY.atTime(9, 0)));
        projection.on(new CounselingNoShowRecordedEvent("rina", "b2", "siti", at(MONDAY.atTime(9, 0)),
                instant(MONDAY.atTime(10, 0))), instant(MONDAY.atTime(10, 0)));

        assertThat(booking("b1").status()).isEqualTo(CounselingStatus.DONE);
        assertThat(booking("b2").status()).isEqualTo(CounselingStatus.NO_SHOW);
    }

    // --- the counselor's list ---

    /** b1 Monday 09:00, b2 Monday 08:00 (confirmed), b3 Wednesday, b4 next Monday (cancelled), b9 Ani's. */
    private void bookings() {
        request("b1", MONDAY.atTime(9, 0));
        request("b2", MONDAY.atTime(8, 0));
        confirm("b2", MONDAY.atTime(8, 0), REQUESTED);
        request("b3", MONDAY.plusDays(2).atTime(8, 0));
        request("b4", MONDAY.plusWeeks(1).atTime(8, 0));
        projection.on(new CounselingCancelledEvent("rina", "b4", "siti", at(MONDAY.plusWeeks(1).atTime(8, 0)),
                "Bentrok", false, "rina", instant(REQUESTED)), instant(REQUESTED));
        request("b9", "ani", "siti", MONDAY.atTime(8, 0), REQUESTED);
    }

    @Test
    void canListACounselorsBookingsEarliestFirst() {
        bookings();

        assertThat(rinasBookings(Set.of(), null, null)).containsExactly("b2", "b1", "b3", "b4");
    }

    @Test
    void canFilterACounselorsBookingsByStatus() {
        bookings();

        assertThat(rinasBookings(Set.of(CounselingStatus.PENDING, CounselingStatus.CONFIRMED), null, null))
                .containsExactly("b2", "b1", "b3");
        assertThat(rinasBookings(Set.of(CounselingStatus.CANCELLED), null, null)).containsExactly("b4");
    }

    @Test
    void canFilterACounselorsBookingsBySessionDates() {
        bookings();

        assertThat(rinasBookings(null, MONDAY, MONDAY)).containsExactly("b2", "b1");
        assertThat(rinasBookings(null, MONDAY.plusDays(1), null)).containsExactly("b3", "b4");
        assertThat(rinasBookings(null, null, MONDAY.plusDays(2))).containsExactly("b2", "b1", "b3");
    }

    @Test
    void canLetAdminReadAnyCounselorsBookings() {
        bookings();

        assertThat(projection.handle(new FindCounselorBookingsQuery("ani", Set.of(), null, null), ADMIN))
                .extracting(CounselingBookingView::bookingId).containsExactly("b9");
    }

    @Test
    void cannotReadAnotherCounselorsBookings() {
        bookings();

        assertThatThrownBy(() -> projection.handle(new FindCounselorBookingsQuery("ani", Set.of(), null, null), RINA))
                .isInstanceOfSatisfying(QueryExecutionException.class, refused ->
                        assertThat(refused.getDetails()).contains(ErrorCode.NOT_YOUR_COUNSELING.name()));
    }

    @Test
    void cannotReadACounselorsBookingsAsAStudentNamedLikeTheCounselor() {
        bookings();

        assertThatThrownBy(() -> projection.handle(new FindCounselorBookingsQuery("rina", Set.of(), null, null),
                as("rina", Role.SISWA))).isInstanceOf(QueryExecutionException.class);
    }

    // --- the student's list and one booking ---

    @Test
    void canListAStudentsOwnBookingsLatestFirst() {
        bookings();
        request("x1", "rina", "budi", MONDAY.atTime(10, 0), REQUESTED);

        assertThat(projection.handle(new FindStudentCounselingQuery("siti"), SITI))
                .extracting(CounselingBookingView::bookingId).containsExactly("b4", "b3", "b1", "b2", "b9");
    }

    @Test
    void cannotReadAnotherStudentsBookings() {
        bookings();

        assertThatThrownBy(() -> projection.handle(new FindStudentCounselingQuery("siti"), as("budi", Role.SISWA)))
                .isInstanceOfSatisfying(QueryExecutionException.class, refused ->
                        assertThat(refused.getDetails()).contains(ErrorCode.NOT_YOUR_COUNSELING.name()));
    }

    @Test
    void canLetACounselorReadOnlyAStudentsBookingsWithThem() {
        bookings();

        assertThat(projection.handle(new FindStudentCounselingQuery("siti"), RINA))
                .extracting(CounselingBookingView::bookingId).containsExactly("b4", "b3", "b1", "b2");
        assertThat(projection.handle(new FindStudentCounselingQuery("siti"), ADMIN)).hasSize(5);
    }

    @Test
    void canShowABookingToItsStudentItsCounselorAndAdmin() {
        bookings();
        FindCounselingBookingQuery query = new FindCounselingBookingQuery("b1");

        assertThat(projection.handle(query, SITI)).isPresent();
        assertThat(projection.handle(query, RINA)).isPresent();
        assertThat(projection.handle(query, ADMIN)).isPresent();
        assertThat(projection.handle(query, SYSTEM)).isPresent();
    }

    @Test
    void cannotShowABookingToSomebodyElse() {
        bookings();
        FindCounselingBookingQuery query = new FindCounselingBookingQuery("b1");

        assertThat(projection.handle(query, as("budi", Role.SISWA))).isEmpty();
        assertThat(projection.handle(query, as("ani", Role.KONSELOR))).isEmpty();
        assertThat(projection.handle(new FindCounselingBookingQuery("nope"), ADMIN)).isEmpty();
    }

    // --- the service-level watch ---

    @Test
    void canListPendingRequestsAwaitingAResponse() {
        request("b1", "rina", "siti", MONDAY.atTime(8, 0), REQUESTED.minusHours(30));
        request("b2", "rina", "siti", MONDAY.atTime(9, 0), REQUESTED.minusHours(25));
        request("b3", "rina", "siti", MONDAY.atTime(10, 0), REQUESTED.minusHours(2));
        request("b4", "rina", "siti", MONDAY.atTime(11, 0), REQUESTED.minusHours(26));
        confirm("b4", MONDAY.atTime(11, 0), REQUESTED.minusHours(1));
        projection.on(new CounselingResponseOverdueEvent("rina", "b1", "siti", instant(REQUESTED.minusHours(30)),
                instant(REQUESTED.minusHours(6))), instant(REQUESTED.minusHours(6)));

        assertThat(projection.handle(new FindCounselingAwaitingResponseQuery(instant(REQUESTED.minusHours(24)))))
                .extracting(CounselingBookingView::bookingId).containsExactly("b2");
    }

    @Test
    void canListOverdueRequestsWhileTheyArePending() {
        request("b1", "rina", "siti", MONDAY.atTime(8, 0), REQUESTED.minusHours(30));
        request("b2", "rina", "siti", MONDAY.atTime(9, 0), REQUESTED.minusHours(29));
        request("b3", "rina", "siti", MONDAY.atTime(10, 0), REQUESTED.minusHours(28));
        for (String id : List.of("b1", "b2")) {
            projection.on(new CounselingResponseOverdueEvent("rina", id, "siti", instant(REQUESTED.minusHours(30)),
                    instant(REQUESTED.minusHours(5))), instant(REQUESTED.minusHours(5)));
        }
        confirm("b2", MONDAY.atTime(9, 0), REQUESTED.minusHours(1));

        assertThat(projection.handle(new FindOverdueCounselingQuery()))
                .extracting(CounselingBookingView::bookingId).containsExactly("b1");
        assertThat(booking("b1").overdue()).isTrue();
        assertThat(booking("b3").overdue()).isFalse();
    }

    // --- reminders ---

    static final LocalDateTime SESSION = MONDAY.atTime(10, 0);

    /** b1 at Monday 10:00, confirmed on the Friday before. */
    private void confirmedSession() {
        request("b1", SESSION);
        confirm("b1", SESSION, REQUESTED);
    }

    private List<DueCounselingReminder> dueAt(LocalDateTime now) {
        return projection.handle(new FindDueCounselingRemindersQuery(now));
    }

    @Test
    void canFindTheDayBeforeReminderDue() {
        confirmedSession();

        assertThat(dueAt(SESSION.minusHours(24)))
                .containsExactly(new DueCounselingReminder("rina", "b1", ReminderKind.DAY_BEFORE, SESSION));
    }

    @Test
    void cannotFindAReminderNotDueYet() {
        confirmedSession();

        assertThat(dueAt(SESSION.minusHours(24).minusMinutes(1))).isEmpty();
    }

    @Test
    void canFindBothRemindersDueWithinTheLastHour() {
        confirmedSession();

        assertThat(dueAt(SESSION.minusMinutes(30))).extracting(DueCounselingReminder::kind)
                                                   .containsExactly(ReminderKind.DAY_BEFORE, ReminderKind.HOUR_BEFORE);
    }

    @Test
    void cannotFindARemindersOnceTheSessionStarted() {
        confirmedSession();

        assertThat(dueAt(SESSION)).isEmpty();
        assertThat(dueAt(SESSION.plusMinutes(5))).isEmpty();
    }

    @Test
    void cannotFindAReminderAlreadySent() {
        confirmedSession();
        projection.on(new CounselingReminderDueEvent("rina", "b1", "siti", ReminderKind.DAY_BEFORE, at(SESSION),
                instant(SESSION.minusHours(24))), instant(SESSION.minusHours(24)));

        assertThat(dueAt(SESSION.minusMinutes(30))).extracting(DueCounselingReminder::kind)
                                                   .containsExactly(ReminderKind.HOUR_BEFORE);
    }

    @Test
    void cannotFindAReminderThatFellDueBeforeTheBookingWasConfirmed() {
        request("b1", SESSION);
        confirm("b1", SESSION, SESSION.minusHours(10));

        assertThat(dueAt(SESSION.minusHours(5))).isEmpty();
        assertThat(dueAt(SESSION.minusMinutes(30))).extracting(DueCounselingReminder::kind)
                                                   .containsExactly(ReminderKind.HOUR_BEFORE);
    }

    @Test
    void cannotFindRemindersOfAPendingBooking() {
        request("b1", SESSION);

        assertThat(dueAt(SESSION.minusMinutes(30))).isEmpty();
    }

    @Test
    void canFindTheRemindersOfAMovedSessionAgain() {
        confirmedSession();
        projection.on(new CounselingReminderDueEvent("rina", "b1", "siti", ReminderKind.DAY_BEFORE, at(SESSION),
                instant(SESSION.minusHours(24))), instant(SESSION.minusHours(24)));
        LocalDateTime moved = SESSION.plusDays(2);
        projection.on(new CounselingPostponedEvent("rina", "b1", "siti", at(SESSION), "Rapat", List.of(at(moved)),
                "rina", instant(SESSION.minusHours(20))), instant(SESSION.minusHours(20)));
        assertThat(dueAt(moved.minusHours(23))).isEmpty();

        projection.on(new CounselingAlternativeAcceptedEvent("rina", "b1", "siti", at(moved),
                instant(SESSION.minusHours(19))), instant(SESSION.minusHours(19)));

        assertThat(dueAt(moved.minusHours(23)))
                .containsExactly(new DueCounselingReminder("rina", "b1", ReminderKind.DAY_BEFORE, moved));
    }

    @Test
    void canCompareTheConfirmationWithTheDueTimeInSchoolTime() {
        request("b1", SESSION);
        // 09:30 in Jakarta is 02:30 UTC: read in UTC it would look earlier than the 09:00 due time
        confirm("b1", SESSION, SESSION.minusMinutes(30));

        assertThat(dueAt(SESSION.minusMinutes(10))).isEmpty();
    }

    // --- outside the hours ---

    @Test
    void canFlagBookingsTheNewHoursLeaveOut() {
        bookings();
        projection.on(new CounselorHoursSetEvent("rina", List.of(), 45, 15, 60, List.of("b1", "b3")),
                instant(REQUESTED.plusHours(2)));

        assertThat(booking("b1").outsideHours()).isTrue();
        assertThat(booking("b1").updatedAt()).isEqualTo(instant(REQUESTED.plusHours(2)));
        assertThat(booking("b3").outsideHours()).isTrue();
        assertThat(booking("b2").outsideHours()).isFalse();
    }

    @Test
    void canClearTheFlagWhenLaterHoursNoLongerListTheBooking() {
        bookings();
        projection.on(new CounselorHoursSetEvent("rina", List.of(), 45, 15, 60, List.of("b1", "b3")),
                instant(REQUESTED));
        projection.on(new CounselorHoursExceptionAddedEvent("rina", new HoursException("x1", MONDAY.plusDays(2),
                        HoursExceptionKind.EXTRA_HOURS, LocalTime.of(8, 0), LocalTime.of(9, 0)), List.of("b1")),
                instant(REQUESTED));

        assertThat(booking("b1").outsideHours()).isTrue();
        assertThat(booking("b3").outsideHours()).isFalse();

        projection.on(new CounselorHoursExceptionRemovedEvent("rina", "x0", List.of()), instant(REQUESTED));
        assertThat(booking("b1").outsideHours()).isFalse();
    }

    @Test
    void canLeaveOtherCounselorsBookingsAloneWhenHoursChange() {
        bookings();
        projection.on(new CounselorHoursSetEvent("ani", List.of(), 45, 15, 60, List.of("b9")), instant(REQUESTED));
        projection.on(new CounselorHoursSetEvent("rina", List.of(), 45, 15, 60, List.of()), instant(REQUESTED));

        assertThat(booking("b9").outsideHours()).isTrue();
    }

    @Test
    void canClearTheFlagWhenTheBookingMovesOrEnds() {
        bookings();
        projection.on(new CounselorHoursSetEvent("rina", List.of(), 45, 15, 60, List.of("b1", "b2")),
                instant(REQUESTED));
        projection.on(new CounselingPostponedEvent("rina", "b1", "siti", at(MONDAY.atTime(9, 0)), "Di luar jam",
                List.of(at(MONDAY.atTime(11, 0))), "rina", instant(REQUESTED)), instant(REQUESTED));
        projection.on(new CounselingCancelledEvent("rina", "b2", "siti", at(MONDAY.atTime(8, 0)), "Di luar jam",
                false, "rina", instant(REQUESTED)), instant(REQUESTED));

        assertThat(booking("b1").outsideHours()).isFalse();
        assertThat(booking("b2").outsideHours()).isFalse();
    }

    // --- live updates and reset ---

    @Test
    @SuppressWarnings("unchecked")
    void canTellTheCounselorsOpenListOfAChange() {
        request("b1", MONDAY.atTime(8, 0));

        ArgumentCaptor<Predicate<FindCounselorBookingsQuery>> filter = ArgumentCaptor.forClass(Predicate.class);
        ArgumentCaptor<CounselingBookingView> update = ArgumentCaptor.forClass(CounselingBookingView.class);
        verify(emitter, atLeastOnce()).emit(eq(FindCounselorBookingsQuery.class), filter.capture(), update.capture());
        assertThat(update.getValue().bookingId()).isEqualTo("b1");
        assertThat(filter.getValue().test(new FindCounselorBookingsQuery("rina", Set.of(), null, null))).isTrue();
        assertThat(filter.getValue().test(new FindCounselorBookingsQuery("ani", Set.of(), null, null))).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void canTellTheStudentsOpenListOfAChange() {
        request("b1", MONDAY.atTime(8, 0));
        confirm("b1", MONDAY.atTime(8, 0), REQUESTED);

        ArgumentCaptor<Predicate<FindStudentCounselingQuery>> filter = ArgumentCaptor.forClass(Predicate.class);
        ArgumentCaptor<CounselingBookingView> update = ArgumentCaptor.forClass(CounselingBookingView.class);
        verify(emitter, atLeastOnce()).emit(eq(FindStudentCounselingQuery.class), filter.capture(), update.capture());
        assertThat(update.getValue().status()).isEqualTo(CounselingStatus.CONFIRMED);
        assertThat(filter.getValue().test(new FindStudentCounselingQuery("siti"))).isTrue();
        assertThat(filter.getValue().test(new FindStudentCounselingQuery("budi"))).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void canTellTheOpenBookingOfAChange() {
        request("b1", MONDAY.atTime(8, 0));
        projection.on(new CounselingCancelledEvent("rina", "b1", "siti", at(MONDAY.atTime(8, 0)), "Sakit", true,
                "siti", instant(REQUESTED)), instant(REQUESTED));

        ArgumentCaptor<Predicate<FindCounselingBookingQuery>> filter = ArgumentCaptor.forClass(Predicate.class);
        ArgumentCaptor<CounselingBookingView> update = ArgumentCaptor.forClass(CounselingBookingView.class);
        verify(emitter, atLeastOnce()).emit(eq(FindCounselingBookingQuery.class), filter.capture(), update.capture());
        assertThat(update.getValue().status()).isEqualTo(CounselingStatus.CANCELLED);
        assertThat(filter.getValue().test(new FindCounselingBookingQuery("b1"))).isTrue();
        assertThat(filter.getValue().test(new FindCounselingBookingQuery("b2"))).isFalse();
    }

    @Test
    void canEmptyTheBookingsOnReset() {
        bookings();

        projection.reset();

        assertThat(projection.handle(new FindStudentCounselingQuery("siti"), ADMIN)).isEmpty();
        assertThat(mongo.template().findAll(CounselingBookingProjection.CounselorNameDocument.class)).isEmpty();
    }

    // --- personal data: sealed at rest, blanked on erasure ---

    /** Siti's booking with every counseling text there is: topic, on-behalf request, postponement reason. */
    private void sitisBookingWithEveryText() {
        Instant at = instant(REQUESTED);
        projection.on(new CounselingRequestedEvent("rina", "b1", "siti", "Siti Aminah", at(MONDAY.atTime(8, 0)),
                "Masalah di rumah", SessionChannel.CHAT, new OnBehalfRequest("Pak Joko", RequesterRelation.WALI_KELAS,
                "Sering murung"), "joko", at), at);
        projection.on(new CounselingPostponedEvent("rina", "b1", "siti", at(MONDAY.atTime(8, 0)), "Rapat guru",
                List.of(at(MONDAY.atTime(9, 0))), "rina", at), at);
    }

    @Test
    void canKeepTheCounselingTextsOnlySealedAndOpenThemForTheQuery() {
        sitisBookingWithEveryText();
        request("b2", MONDAY.atTime(10, 0));
        projection.on(new CounselingCancelledEvent("rina", "b2", "siti", at(MONDAY.atTime(10, 0)), "Sakit perut",
                true, "siti", instant(REQUESTED)), instant(REQUESTED));

        assertThat(String.join("\n", privacy.storedDocuments()))
                .contains("Siti Aminah", "WALI_KELAS", "gpd1:")
                .doesNotContain("Masalah di rumah", "Pak Joko", "Sering murung", "Rapat guru", "Sakit perut");
        CounselingBookingView view = booking("b1");
        assertThat(view.topic()).isEqualTo("Masalah di rumah");
        assertThat(view.onBehalf()).isEqualTo(new OnBehalfRequest("Pak Joko", RequesterRelation.WALI_KELAS,
                "Sering murung"));
        assertThat(view.reason()).isEqualTo("Rapat guru");
        assertThat(booking("b2").reason()).isEqualTo("Sakit perut");
    }

    @Test
    @SuppressWarnings("unchecked")
    void canBlankAStudentsBookingsAtOnceWhenTheirAccountIsErased() {
        sitisBookingWithEveryText();
        request("b2", "rina", "budi", MONDAY.atTime(9, 0), REQUESTED);
        CounselingBookingView before = booking("b1");
        assertThat(before.studentName()).isEqualTo("Siti Aminah");
        assertThat(before.topic()).isEqualTo("Masalah di rumah");

        projection.on(privacy.eraseAccount("siti"));

        CounselingBookingView after = booking("b1");
        assertThat(after.studentName()).isEqualTo(PersonalData.ERASED);
        assertThat(after.topic()).isEqualTo(PersonalData.ERASED);
        assertThat(after.reason()).isEqualTo(PersonalData.ERASED);
        assertThat(after.onBehalf()).isEqualTo(new OnBehalfRequest(PersonalData.ERASED, RequesterRelation.WALI_KELAS,
                PersonalData.ERASED));
        assertThat(after).usingRecursiveComparison()
                .ignoringFields("studentName", "topic", "reason", "onBehalf").isEqualTo(before);
        assertThat(String.join("\n", privacy.storedDocuments())).doesNotContain("Siti Aminah");
        assertThat(mongo.template().findById("b1", CounselingBookingDocument.class).topic())
                .isEqualTo(PersonalData.ERASED);
        CounselingBookingView budis = booking("b2");
        assertThat(budis.studentName()).isEqualTo("budi Aminah");
        assertThat(budis.topic()).isEqualTo("Nilai turun");
        ArgumentCaptor<CounselingBookingView> updates = ArgumentCaptor.forClass(CounselingBookingView.class);
        verify(emitter, atLeastOnce()).emit(eq(FindStudentCounselingQuery.class), any(), updates.capture());
        assertThat(updates.getAllValues()).last().as("the student's open list hears of it")
                .isEqualTo(after);
    }

    @Test
    void canShowTheErasedMarkWhileTheErasureIsOnItsWayToTheReadModel() {
        sitisBookingWithEveryText();

        privacy.eraseAccount("siti"); // the key is gone; the event has not reached this read model yet

        CounselingBookingView view = booking("b1");
        assertThat(view.topic()).isEqualTo(PersonalData.ERASED);
        assertThat(view.reason()).isEqualTo(PersonalData.ERASED);
        assertThat(view.onBehalf().requesterName()).isEqualTo(PersonalData.ERASED);
    }

    @Test
    void cannotBringAnythingBackWhenReplayedAfterAnErasure() {
        sitisBookingWithEveryText();
        PersonalDataErasedEvent erased = privacy.eraseAccount("siti");
        projection.on(erased);
        long keys = mongo.template().getCollection("personal_data_keys").countDocuments();

        // the replay: the events read as the serializer gives them after the erasure, then the erasure again
        projection.reset();
        projection.on(new CounselorProfileSavedEvent("rina", "Rina Wulandari", Set.of(Specialization.AKADEMIK), "",
                "", Set.of(SessionChannel.TATAP_MUKA), null));
        Instant at = instant(REQUESTED);
        projection.on(new CounselingRequestedEvent("rina", "b1", "siti", PersonalData.ERASED, at(MONDAY.atTime(8, 0)),
                PersonalData.ERASED, SessionChannel.CHAT, new OnBehalfRequest(PersonalData.ERASED,
                RequesterRelation.WALI_KELAS, PersonalData.ERASED), "joko", at), at);
        projection.on(new CounselingPostponedEvent("rina", "b1", "siti", at(MONDAY.atTime(8, 0)), PersonalData.ERASED,
                List.of(at(MONDAY.atTime(9, 0))), "rina", at), at);
        projection.on(erased);

        CounselingBookingView view = booking("b1");
        assertThat(view.studentName()).isEqualTo(PersonalData.ERASED);
        assertThat(view.topic()).isEqualTo(PersonalData.ERASED);
        assertThat(view.reason()).isEqualTo(PersonalData.ERASED);
        assertThat(view.status()).isEqualTo(CounselingStatus.POSTPONED);
        assertThat(view.alternatives()).containsExactly(at(MONDAY.atTime(9, 0)));
        assertThat(mongo.template().getCollection("personal_data_keys").countDocuments())
                .as("no new key made for the erased student").isEqualTo(keys);
    }

    @Test
    void canIgnoreTheErasureOfAPatientsRecord() {
        sitisBookingWithEveryText();

        projection.on(new PersonalDataErasedEvent("ERASURE:PATIENT:siti", id.giliran.api.privacy.SubjectKind.PATIENT,
                "siti", "Surat 1", "Permintaan", "admin", PersonalDataFixture.ERASED_AT));

        assertThat(booking("b1").studentName()).isEqualTo("Siti Aminah");
        assertThat(booking("b1").topic()).isEqualTo("Masalah di rumah");
    }
}
