package id.giliran.counseling.query;

import id.giliran.api.counseling.CounselingAlternativeAcceptedEvent;
import id.giliran.api.counseling.CounselingAlternativesDeclinedEvent;
import id.giliran.api.counseling.CounselingCancelledEvent;
import id.giliran.api.counseling.CounselingCompletedEvent;
import id.giliran.api.counseling.CounselingNoShowRecordedEvent;
import id.giliran.api.counseling.CounselingPostponedEvent;
import id.giliran.api.counseling.CounselingRequestedEvent;
import id.giliran.api.counseling.CounselorHoursExceptionAddedEvent;
import id.giliran.api.counseling.CounselorHoursExceptionRemovedEvent;
import id.giliran.api.counseling.CounselorHoursSetEvent;
import id.giliran.api.counseling.CounselorProfileSavedEvent;
import id.giliran.api.counseling.CounselorSort;
import id.giliran.api.counseling.CounselorSummary;
import id.giliran.api.counseling.CounselorView;
import id.giliran.api.counseling.FindCounselorQuery;
import id.giliran.api.counseling.FindCounselorsQuery;
import id.giliran.api.counseling.FindFreeCounselingSlotsQuery;
import id.giliran.api.counseling.FindServiceFrameQuery;
import id.giliran.api.counseling.HoursException;
import id.giliran.api.counseling.HoursExceptionKind;
import id.giliran.api.counseling.ServiceFrame;
import id.giliran.api.counseling.ServiceFrameSetEvent;
import id.giliran.api.counseling.SessionChannel;
import id.giliran.api.counseling.Slot;
import id.giliran.api.counseling.Specialization;
import id.giliran.api.counseling.WeeklyHours;
import id.giliran.query.EmbeddedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CounselorDirectoryProjectionTest {

    static final ZoneId SCHOOL_ZONE = ZoneId.of("Asia/Jakarta");
    /** Monday 23 November 2026, 07:00 school time. */
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    static final LocalDateTime NOW = MONDAY.atTime(7, 0);
    static final Clock CLOCK = Clock.fixed(NOW.atZone(SCHOOL_ZONE).toInstant(), SCHOOL_ZONE);
    static final Instant AT = NOW.atZone(SCHOOL_ZONE).toInstant();

    private EmbeddedMongo mongo;
    private CounselorDirectoryProjection projection;

    @BeforeEach
    void setUp() {
        mongo = new EmbeddedMongo();
        projection = new CounselorDirectoryProjection(mongo.template(), CLOCK);
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    private void profile(String id, String name, Specialization... specializations) {
        projection.on(new CounselorProfileSavedEvent(id, name, Set.of(specializations), "Bio " + name, "S.Pd.",
                Set.of(SessionChannel.TATAP_MUKA), null));
    }

    private void hours(String id, WeeklyHours... weekly) {
        projection.on(new CounselorHoursSetEvent(id, List.of(weekly), 45, 15, 60, List.of()));
    }

    private static WeeklyHours on(DayOfWeek day, int fromHour, int fromMinute, int untilHour, int untilMinute) {
        return new WeeklyHours(day, LocalTime.of(fromHour, fromMinute), LocalTime.of(untilHour, untilMinute));
    }

    /** Rina takes sessions on Mondays 08:00–10:00: at 08:00 and 09:00 (45 minutes, 15 minutes' rest). */
    private void rina() {
        profile("rina", "Rina Wulandari", Specialization.AKADEMIK, Specialization.KECEMASAN);
        hours("rina", on(DayOfWeek.MONDAY, 8, 0, 10, 0));
    }

    private static Slot at(LocalDate date, int hour) {
        return Slot.of(date.atTime(hour, 0), 45);
    }

    private List<LocalDateTime> freeStarts(LocalDate from, LocalDate to) {
        return projection.handle(new FindFreeCounselingSlotsQuery("rina", from, to, true)).stream()
                         .map(Slot::start).toList();
    }

    private List<LocalDateTime> freeToday() {
        return freeStarts(MONDAY, MONDAY);
    }

    private void request(String bookingId, Slot slot) {
        projection.on(new CounselingRequestedEvent("rina", bookingId, "siti", "Siti Aminah", slot, "Nilai turun",
                SessionChannel.TATAP_MUKA, null, "siti", AT));
    }

    @Test
    void canListTheFreeSlotsOfACounselor() {
        rina();

        assertThat(freeToday()).containsExactly(MONDAY.atTime(8, 0), MONDAY.atTime(9, 0));
    }

    @Test
    void canHoldTheSlotOfARequest() {
        rina();
        request("b1", at(MONDAY, 8));

        assertThat(freeToday()).containsExactly(MONDAY.atTime(9, 0));
    }

    @Test
    void canFreeTheSlotOfACancelledBooking() {
        rina();
        request("b1", at(MONDAY, 8));
        projection.on(new CounselingCancelledEvent("rina", "b1", "siti", at(MONDAY, 8), "Sakit", true, "siti", AT));

        assertThat(freeToday()).containsExactly(MONDAY.atTime(8, 0), MONDAY.atTime(9, 0));
    }

    @Test
    void canHoldTheAlternativesOfAPostponedBookingInsteadOfItsOldSlot() {
        rina();
        request("b1", at(MONDAY, 8));
        projection.on(new CounselingPostponedEvent("rina", "b1", "siti", at(MONDAY, 8), "Rapat guru",
                List.of(at(MONDAY, 9), at(MONDAY.plusWeeks(1), 8)), "rina", AT));

        assertThat(freeStarts(MONDAY, MONDAY.plusWeeks(1)))
                .containsExactly(MONDAY.atTime(8, 0), MONDAY.plusWeeks(1).atTime(9, 0));
    }

    @Test
    void canHoldTheAcceptedAlternativeAndFreeTheOthers() {
        rina();
        request("b1", at(MONDAY, 8));
        projection.on(new CounselingPostponedEvent("rina", "b1", "siti", at(MONDAY, 8), "Rapat guru",
                List.of(at(MONDAY, 9), at(MONDAY.plusWeeks(1), 8)), "rina", AT));
        projection.on(new CounselingAlternativeAcceptedEvent("rina", "b1", "siti", at(MONDAY.plusWeeks(1), 8), AT));

        assertThat(freeStarts(MONDAY, MONDAY.plusWeeks(1)))
                .containsExactly(MONDAY.atTime(8, 0), MONDAY.atTime(9, 0), MONDAY.plusWeeks(1).atTime(9, 0));
    }

    @Test
    void canFreeAllAlternativesWhenTheyAreDeclined() {
        rina();
        request("b1", at(MONDAY, 8));
        projection.on(new CounselingPostponedEvent("rina", "b1", "siti", at(MONDAY, 8), "Rapat guru",
                List.of(at(MONDAY, 9)), "rina", AT));
        projection.on(new CounselingAlternativesDeclinedEvent("rina", "b1", "siti", "Tidak bisa", AT));

        assertThat(freeToday()).containsExactly(MONDAY.atTime(8, 0), MONDAY.atTime(9, 0));
    }

    @Test
    void canFreeTheSlotOfACompletedSession() {
        rina();
        request("b1", at(MONDAY.plusWeeks(1), 8));
        projection.on(new CounselingCompletedEvent("rina", "b1", "siti", at(MONDAY.plusWeeks(1), 8), AT));

        assertThat(freeStarts(MONDAY.plusWeeks(1), MONDAY.plusWeeks(1)))
                .containsExactly(MONDAY.plusWeeks(1).atTime(8, 0), MONDAY.plusWeeks(1).atTime(9, 0));
    }

    @Test
    void canFreeTheSlotOfANoShow() {
        rina();
        request("b1", at(MONDAY.plusWeeks(1), 9));
        projection.on(new CounselingNoShowRecordedEvent("rina", "b1", "siti", at(MONDAY.plusWeeks(1), 9), AT));

        assertThat(freeStarts(MONDAY.plusWeeks(1), MONDAY.plusWeeks(1)))
                .containsExactly(MONDAY.plusWeeks(1).atTime(8, 0), MONDAY.plusWeeks(1).atTime(9, 0));
    }

    @Test
    void canKeepTheHeldSlotsOfOneCounselorFromAnother() {
        rina();
        profile("ani", "Ani", Specialization.KARIER);
        hours("ani", on(DayOfWeek.MONDAY, 8, 0, 10, 0));
        projection.on(new CounselingRequestedEvent("ani", "b9", "siti", "Siti Aminah", at(MONDAY, 8), "Karier",
                SessionChannel.CHAT, null, "siti", AT));

        assertThat(freeToday()).containsExactly(MONDAY.atTime(8, 0), MONDAY.atTime(9, 0));
    }

    @Test
    void canApplyADayOffAndItsRemoval() {
        rina();
        projection.on(new CounselorHoursExceptionAddedEvent("rina",
                new HoursException("x1", MONDAY, HoursExceptionKind.DAY_OFF, null, null), List.of()));
        assertThat(freeToday()).isEmpty();

        projection.on(new CounselorHoursExceptionRemovedEvent("rina", "x1", List.of()));
        assertThat(freeToday()).containsExactly(MONDAY.atTime(8, 0), MONDAY.atTime(9, 0));
    }

    @Test
    void canApplyExtraHoursOnADate() {
        rina();
        LocalDate tuesday = MONDAY.plusDays(1);
        projection.on(new CounselorHoursExceptionAddedEvent("rina", new HoursException("x2", tuesday,
                HoursExceptionKind.EXTRA_HOURS, LocalTime.of(13, 0), LocalTime.of(14, 0)), List.of()));

        assertThat(freeStarts(tuesday, tuesday)).containsExactly(tuesday.atTime(13, 0));
        assertThat(projection.handle(new FindCounselorQuery("rina")).orElseThrow().hours().exceptions())
                .extracting(HoursException::exceptionId).containsExactly("x2");
    }

    @Test
    void canCapTheFreeSlotsAtSixtyDays() {
        rina();

        List<LocalDateTime> starts = freeStarts(MONDAY, MONDAY.plusDays(200));

        assertThat(starts).isNotEmpty();
        assertThat(starts.get(starts.size() - 1).toLocalDate())
                .isBeforeOrEqualTo(MONDAY.plusDays(CounselorDirectoryProjection.MAX_SLOT_RANGE_DAYS - 1))
                .isAfter(MONDAY.plusDays(50));
    }

    @Test
    void canListNoFreeSlotsOfAnUnknownCounselor() {
        assertThat(projection.handle(new FindFreeCounselingSlotsQuery("nobody", MONDAY, MONDAY, true))).isEmpty();
    }

    @Test
    void canAnswerTheDefaultServiceFrameUntilOneIsSet() {
        assertThat(projection.handle(new FindServiceFrameQuery())).isEqualTo(ServiceFrame.DEFAULT);
    }

    @Test
    void canKeepTheFreeSlotsInsideTheServiceFrame() {
        rina();
        List<WeeklyHours> frame = List.of(on(DayOfWeek.MONDAY, 8, 0, 9, 0));
        projection.on(new ServiceFrameSetEvent(ServiceFrame.ID, frame, "admin"));

        assertThat(projection.handle(new FindServiceFrameQuery())).isEqualTo(new ServiceFrame(frame));
        assertThat(freeToday()).containsExactly(MONDAY.atTime(8, 0));
    }

    @Test
    void canShowACounselorsProfileAndHours() {
        rina();

        CounselorView view = projection.handle(new FindCounselorQuery("rina")).orElseThrow();

        assertThat(view.name()).isEqualTo("Rina Wulandari");
        assertThat(view.specializations()).containsExactlyInAnyOrder(Specialization.AKADEMIK, Specialization.KECEMASAN);
        assertThat(view.channels()).containsExactly(SessionChannel.TATAP_MUKA);
        assertThat(view.qualifications()).isEqualTo("S.Pd.");
        assertThat(view.reviewCount()).isZero();
        assertThat(view.hours().weekly()).containsExactly(on(DayOfWeek.MONDAY, 8, 0, 10, 0));
        assertThat(view.hours().sessionMinutes()).isEqualTo(45);
        assertThat(view.hours().bufferMinutes()).isEqualTo(15);
        assertThat(view.hours().noticeMinutes()).isEqualTo(60);
        assertThat(projection.handle(new FindCounselorQuery("nobody"))).isEmpty();
    }

    /**
     * Rina: free today at 08:00. Ani: free on Thursday. Dewi: Mondays 07:00 only, past today, so next
     * Monday (outside the next 7 days). Budi: no hours. Eko: hours but no profile.
     */
    private void directory() {
        rina();
        profile("ani", "Ani Susanti", Specialization.KARIER, Specialization.AKADEMIK);
        hours("ani", on(DayOfWeek.THURSDAY, 10, 0, 11, 0));
        profile("dewi", "dewi Lestari", Specialization.KELUARGA);
        hours("dewi", on(DayOfWeek.MONDAY, 7, 0, 7, 45));
        profile("budi", "Budi Santoso", Specialization.AKADEMIK);
        hours("eko", on(DayOfWeek.MONDAY, 8, 0, 10, 0));
    }

    private List<String> counselors(Specialization specialization, boolean freeThisWeek, CounselorSort sort) {
        return projection.handle(new FindCounselorsQuery(specialization, freeThisWeek, sort)).stream()
                         .map(CounselorSummary::counselorId).toList();
    }

    @Test
    void canListCounselorsWithAProfileByName() {
        directory();

        assertThat(counselors(null, false, CounselorSort.NAME)).containsExactly("ani", "budi", "dewi", "rina");
    }

    @Test
    void canFilterCounselorsBySpecialization() {
        directory();

        assertThat(counselors(Specialization.AKADEMIK, false, CounselorSort.NAME))
                .containsExactly("ani", "budi", "rina");
    }

    @Test
    void canSortCounselorsByEarliestFreeSlotWithNoneLast() {
        directory();

        assertThat(counselors(null, false, CounselorSort.EARLIEST_FREE_SLOT))
                .containsExactly("rina", "ani", "dewi", "budi");
    }

    @Test
    void canSortCounselorsByRatingWithTiesByName() {
        directory();

        assertThat(counselors(null, false, CounselorSort.RATING)).containsExactly("ani", "budi", "dewi", "rina");
    }

    @Test
    void canListOnlyCounselorsFreeThisWeek() {
        directory();

        assertThat(counselors(null, true, CounselorSort.NAME)).containsExactly("ani", "rina");
    }

    @Test
    void canSummariseTheFreeSlotsOfACounselor() {
        directory();

        List<CounselorSummary> summaries = projection.handle(new FindCounselorsQuery(null, false, CounselorSort.NAME));

        CounselorSummary rina = summaries.get(3);
        assertThat(rina.earliestFreeSlot()).isEqualTo(MONDAY.atTime(8, 0));
        assertThat(rina.freeSlotsThisWeek()).isEqualTo(2);
        assertThat(rina.reviewCount()).isZero();
        assertThat(rina.averageRating()).isZero();
        CounselorSummary dewi = summaries.get(2);
        assertThat(dewi.earliestFreeSlot()).isEqualTo(MONDAY.plusWeeks(1).atTime(7, 0));
        assertThat(dewi.freeSlotsThisWeek()).isZero();
        assertThat(summaries.get(1).earliestFreeSlot()).isNull();
    }

    @Test
    void canCountOnlyTheSlotsLeftFreeThisWeek() {
        directory();
        request("b1", at(MONDAY, 8));

        CounselorSummary rina = projection.handle(new FindCounselorsQuery(null, false, CounselorSort.NAME)).get(3);

        assertThat(rina.earliestFreeSlot()).isEqualTo(MONDAY.atTime(9, 0));
        assertThat(rina.freeSlotsThisWeek()).isEqualTo(1);
    }

    @Test
    void canEmptyTheDirectoryOnReset() {
        directory();
        request("b1", at(MONDAY, 8));
        projection.on(new ServiceFrameSetEvent(ServiceFrame.ID, List.of(on(DayOfWeek.MONDAY, 8, 0, 9, 0)), "admin"));

        projection.reset();

        assertThat(counselors(null, false, CounselorSort.NAME)).isEmpty();
        assertThat(projection.handle(new FindServiceFrameQuery())).isEqualTo(ServiceFrame.DEFAULT);
        assertThat(mongo.template().findAll(CounselorDirectoryProjection.HeldSlotsDocument.class)).isEmpty();
    }

    @Test
    void canForgetTheErasedCounselorsPhotoAndKeepTheOthers() {
        projection.on(new CounselorProfileSavedEvent("rina", "Rina Wulandari", Set.of(Specialization.AKADEMIK), "",
                "", Set.of(SessionChannel.TATAP_MUKA), "counselor-photo-1"));
        projection.on(new CounselorProfileSavedEvent("budi", "Budi Hartono", Set.of(Specialization.AKADEMIK), "",
                "", Set.of(SessionChannel.TATAP_MUKA), "counselor-photo-2"));

        projection.on(id.giliran.query.PersonalDataFixture.erasedAccount("rina"));

        CounselorView rina = projection.handle(new FindCounselorQuery("rina")).orElseThrow();
        assertThat(rina.photoId()).isNull();
        assertThat(rina.name()).isEqualTo("Rina Wulandari");
        assertThat(projection.handle(new FindCounselorQuery("budi")).orElseThrow().photoId())
                .isEqualTo("counselor-photo-2");
    }
}
