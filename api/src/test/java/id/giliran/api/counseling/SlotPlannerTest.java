package id.giliran.api.counseling;

import id.giliran.api.common.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SlotPlannerTest {

    /** A Monday. */
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    static final LocalDateTime SUNDAY_NOON = LocalDateTime.of(2026, 11, 22, 12, 0);

    static CounselorHours hours(int session, int buffer, int notice, WeeklyHours... weekly) {
        return new CounselorHours(List.of(weekly), List.of(), session, buffer, notice);
    }

    static WeeklyHours monday(int fromHour, int untilHour) {
        return new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(fromHour, 0), LocalTime.of(untilHour, 0));
    }

    static List<LocalTime> starts(List<Slot> slots) {
        return slots.stream().map(slot -> slot.start().toLocalTime()).toList();
    }

    @Test
    void cutsHoursIntoSessionsWithTheBufferBetween() {
        List<Slot> grid = SlotPlanner.grid(hours(45, 15, 0, monday(8, 11)), ServiceFrame.DEFAULT, MONDAY);

        assertThat(starts(grid)).containsExactly(LocalTime.of(8, 0), LocalTime.of(9, 0), LocalTime.of(10, 0));
        assertThat(grid.get(0).end()).isEqualTo(MONDAY.atTime(8, 45));
    }

    @Test
    void keepsASessionWhollyInsideItsHours() {
        // 08:00-09:40 holds 08:00-08:45 and 08:50-09:35, not a third session
        List<Slot> grid = SlotPlanner.grid(new CounselorHours(List.of(new WeeklyHours(DayOfWeek.MONDAY,
                LocalTime.of(8, 0), LocalTime.of(9, 40))), List.of(), 45, 5, 0), ServiceFrame.DEFAULT, MONDAY);

        assertThat(starts(grid)).containsExactly(LocalTime.of(8, 0), LocalTime.of(8, 50));
    }

    @Test
    void clipsHoursToTheServiceFrame() {
        // frame 07:00-15:00: counselor hours 14:00-17:00 leave only 14:00-15:00
        List<Slot> grid = SlotPlanner.grid(hours(30, 0, 0, monday(14, 17)), ServiceFrame.DEFAULT, MONDAY);

        assertThat(starts(grid)).containsExactly(LocalTime.of(14, 0), LocalTime.of(14, 30));
        assertThat(SlotPlanner.grid(hours(30, 0, 0, new WeeklyHours(DayOfWeek.SATURDAY, LocalTime.of(8, 0),
                LocalTime.of(10, 0))), ServiceFrame.DEFAULT, MONDAY.plusDays(5))).isEmpty();
    }

    @Test
    void aDayOffRemovesTheDayAndExtraHoursAddToIt() {
        CounselorHours weekly = hours(30, 0, 0, monday(8, 9));
        CounselorHours dayOff = weekly.withExceptions(List.of(
                new HoursException("x1", MONDAY, HoursExceptionKind.DAY_OFF, null, null)));
        CounselorHours extra = weekly.withExceptions(List.of(
                new HoursException("x2", MONDAY, HoursExceptionKind.EXTRA_HOURS, LocalTime.of(13, 0), LocalTime.of(14, 0)),
                new HoursException("x3", MONDAY.plusDays(7), HoursExceptionKind.DAY_OFF, null, null)));

        assertThat(SlotPlanner.grid(dayOff, ServiceFrame.DEFAULT, MONDAY)).isEmpty();
        assertThat(starts(SlotPlanner.grid(extra, ServiceFrame.DEFAULT, MONDAY))).containsExactly(
                LocalTime.of(8, 0), LocalTime.of(8, 30), LocalTime.of(13, 0), LocalTime.of(13, 30));
    }

    @Test
    void overlappingHoursAreMergedNotDoubled() {
        CounselorHours overlapping = hours(30, 0, 0, monday(8, 9)).withExceptions(List.of(
                new HoursException("x", MONDAY, HoursExceptionKind.EXTRA_HOURS, LocalTime.of(8, 30), LocalTime.of(9, 30))));

        assertThat(starts(SlotPlanner.grid(overlapping, ServiceFrame.DEFAULT, MONDAY)))
                .containsExactly(LocalTime.of(8, 0), LocalTime.of(8, 30), LocalTime.of(9, 0));
    }

    @Test
    void freeSlotsLeaveOutThePastTheNoticeAndHeldTimes() {
        CounselorHours hours = hours(45, 15, 120, monday(8, 12));
        LocalDateTime now = MONDAY.atTime(7, 30);
        List<Slot> held = List.of(Slot.of(MONDAY.atTime(11, 0), 45));

        List<Slot> free = SlotPlanner.freeSlots(hours, ServiceFrame.DEFAULT, held, MONDAY, MONDAY, now, true);
        List<Slot> forCounselor = SlotPlanner.freeSlots(hours, ServiceFrame.DEFAULT, held, MONDAY, MONDAY, now, false);

        // 08:00 and 09:00 are within the 2-hour notice; 11:00 is held
        assertThat(starts(free)).containsExactly(LocalTime.of(10, 0));
        assertThat(starts(forCounselor)).containsExactly(LocalTime.of(8, 0), LocalTime.of(9, 0), LocalTime.of(10, 0));
    }

    @Test
    void aHeldSlotAlsoBlocksItsBuffer() {
        // a booking made under an old 30-minute grid at 08:30 clashes with 08:00-08:45 and 09:00-09:45 (15 min buffer)
        CounselorHours hours = hours(45, 15, 0, monday(8, 11));
        List<Slot> held = List.of(Slot.of(MONDAY.atTime(8, 30), 30));

        assertThat(starts(SlotPlanner.freeSlots(hours, ServiceFrame.DEFAULT, held, MONDAY, MONDAY, SUNDAY_NOON, true)))
                .containsExactly(LocalTime.of(10, 0));
    }

    @Test
    void tellsWhyASlotIsRefused() {
        CounselorHours hours = hours(45, 15, 60, monday(8, 12));
        LocalDateTime now = MONDAY.atTime(8, 30);
        List<Slot> held = List.of(Slot.of(MONDAY.atTime(11, 0), 45));

        assertThat(SlotPlanner.refusal(MONDAY.atTime(8, 15), hours, ServiceFrame.DEFAULT, held, now, true))
                .contains(ErrorCode.SLOT_NOT_IN_HOURS);
        assertThat(SlotPlanner.refusal(MONDAY.atTime(8, 0), hours, ServiceFrame.DEFAULT, held, now, true))
                .contains(ErrorCode.SLOT_IN_PAST);
        assertThat(SlotPlanner.refusal(MONDAY.atTime(9, 0), hours, ServiceFrame.DEFAULT, held, now, true))
                .contains(ErrorCode.SLOT_TOO_SOON);
        assertThat(SlotPlanner.refusal(MONDAY.atTime(9, 0), hours, ServiceFrame.DEFAULT, held, now, false))
                .isEqualTo(Optional.empty());
        assertThat(SlotPlanner.refusal(MONDAY.atTime(11, 0), hours, ServiceFrame.DEFAULT, held, now, true))
                .contains(ErrorCode.SLOT_TAKEN);
        assertThat(SlotPlanner.refusal(MONDAY.atTime(10, 0), hours, ServiceFrame.DEFAULT, held, now, true))
                .isEmpty();
        assertThat(SlotPlanner.refusal(null, hours, ServiceFrame.DEFAULT, held, now, true))
                .contains(ErrorCode.SLOT_NOT_IN_HOURS);
    }

    @Test
    void findsBookingsThatNewHoursLeaveOut() {
        Slot booked = Slot.of(MONDAY.atTime(10, 0), 45);

        assertThat(SlotPlanner.insideHours(booked, hours(45, 15, 0, monday(8, 12)), ServiceFrame.DEFAULT)).isTrue();
        assertThat(SlotPlanner.insideHours(booked, hours(45, 15, 0, monday(8, 10)), ServiceFrame.DEFAULT)).isFalse();
        // not on the new grid (30-minute sessions from 08:15) but still inside the hours: kept
        assertThat(SlotPlanner.insideHours(booked, new CounselorHours(List.of(new WeeklyHours(DayOfWeek.MONDAY,
                LocalTime.of(8, 15), LocalTime.of(12, 0))), List.of(), 30, 0, 0), ServiceFrame.DEFAULT)).isTrue();
    }
}
