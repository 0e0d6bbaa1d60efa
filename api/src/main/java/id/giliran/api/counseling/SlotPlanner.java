package id.giliran.api.counseling;

import id.giliran.api.common.ErrorCode;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The free times of a counselor: the weekly hours of each date (minus days off, plus extra hours),
 * kept inside the service frame, cut into sessions with the buffer between them; minus times that
 * are past, too soon (notice) or that clash (buffer included) with a live booking. The counselor's
 * calendar refuses a request with the same rules the students' slot list is drawn with.
 */
public final class SlotPlanner {

    private SlotPlanner() {
    }

    /** The session grid of a date, ignoring bookings and the clock. */
    public static List<Slot> grid(CounselorHours hours, ServiceFrame frame, LocalDate date) {
        List<Slot> slots = new ArrayList<>();
        int step = hours.sessionMinutes() + hours.bufferMinutes();
        for (Window window : windows(hours, frame, date)) {
            for (LocalDateTime start = date.atTime(window.start());
                 !start.plusMinutes(hours.sessionMinutes()).isAfter(date.atTime(window.end()));
                 start = start.plusMinutes(step)) {
                slots.add(Slot.of(start, hours.sessionMinutes()));
            }
        }
        return slots;
    }

    /**
     * The free slots from {@code from} to {@code to} (both included), earliest first.
     *
     * @param held       the slots live bookings hold (pending, confirmed, offered alternatives)
     * @param withNotice whether the minimum notice applies (students' requests); alternatives the
     *                   counselor offers need only be in the future
     */
    public static List<Slot> freeSlots(CounselorHours hours, ServiceFrame frame, Collection<Slot> held,
                                       LocalDate from, LocalDate to, LocalDateTime now, boolean withNotice) {
        List<Slot> free = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            for (Slot slot : grid(hours, frame, date)) {
                if (refusal(slot, hours, held, now, withNotice).isEmpty()) {
                    free.add(slot);
                }
            }
        }
        return free;
    }

    /** Why a session starting at {@code start} cannot be booked, or empty when it can. */
    public static Optional<ErrorCode> refusal(LocalDateTime start, CounselorHours hours, ServiceFrame frame,
                                              Collection<Slot> held, LocalDateTime now, boolean withNotice) {
        if (start == null) {
            return Optional.of(ErrorCode.SLOT_NOT_IN_HOURS);
        }
        Optional<Slot> onGrid = grid(hours, frame, start.toLocalDate()).stream()
                .filter(slot -> slot.start().equals(start))
                .findFirst();
        if (onGrid.isEmpty()) {
            return Optional.of(ErrorCode.SLOT_NOT_IN_HOURS);
        }
        return refusal(onGrid.get(), hours, held, now, withNotice);
    }

    /** Whether a booked slot still lies inside the hours of its date (after the hours changed). */
    public static boolean insideHours(Slot booked, CounselorHours hours, ServiceFrame frame) {
        if (!booked.start().toLocalDate().equals(booked.end().toLocalDate())) {
            return false;
        }
        LocalTime from = booked.start().toLocalTime();
        LocalTime until = booked.end().toLocalTime();
        return windows(hours, frame, booked.date()).stream()
                .anyMatch(window -> !from.isBefore(window.start()) && !until.isAfter(window.end()));
    }

    private static Optional<ErrorCode> refusal(Slot slot, CounselorHours hours, Collection<Slot> held,
                                               LocalDateTime now, boolean withNotice) {
        if (!slot.start().isAfter(now)) {
            return Optional.of(ErrorCode.SLOT_IN_PAST);
        }
        if (withNotice && slot.start().isBefore(now.plusMinutes(hours.noticeMinutes()))) {
            return Optional.of(ErrorCode.SLOT_TOO_SOON);
        }
        if (held.stream().anyMatch(taken -> taken.clashes(slot, hours.bufferMinutes()))) {
            return Optional.of(ErrorCode.SLOT_TAKEN);
        }
        return Optional.empty();
    }

    /** The date's hours, merged where they touch or overlap, then kept inside the frame. */
    private static List<Window> windows(CounselorHours hours, ServiceFrame frame, LocalDate date) {
        boolean dayOff = hours.exceptions().stream()
                .anyMatch(exception -> date.equals(exception.date()) && exception.kind() == HoursExceptionKind.DAY_OFF);
        List<Window> own = new ArrayList<>();
        if (!dayOff) {
            hours.weekly().stream()
                 .filter(weekly -> weekly.day() == date.getDayOfWeek())
                 .forEach(weekly -> own.add(new Window(weekly.start(), weekly.end())));
            hours.exceptions().stream()
                 .filter(exception -> date.equals(exception.date()) && exception.kind() == HoursExceptionKind.EXTRA_HOURS)
                 .forEach(exception -> own.add(new Window(exception.start(), exception.end())));
        }
        List<Window> clipped = new ArrayList<>();
        for (Window window : merge(own)) {
            frame.hours().stream()
                 .filter(frameHours -> frameHours.day() == date.getDayOfWeek())
                 .map(frameHours -> window.clip(frameHours.start(), frameHours.end()))
                 .flatMap(Optional::stream)
                 .forEach(clipped::add);
        }
        return merge(clipped);
    }

    private static List<Window> merge(List<Window> windows) {
        List<Window> sorted = windows.stream().sorted(Comparator.comparing(Window::start)).toList();
        List<Window> merged = new ArrayList<>();
        for (Window window : sorted) {
            if (!merged.isEmpty() && !window.start().isAfter(merged.get(merged.size() - 1).end())) {
                Window last = merged.remove(merged.size() - 1);
                merged.add(new Window(last.start(), last.end().isAfter(window.end()) ? last.end() : window.end()));
            } else {
                merged.add(window);
            }
        }
        return merged;
    }

    private record Window(LocalTime start, LocalTime end) {

        Optional<Window> clip(LocalTime from, LocalTime until) {
            LocalTime clippedStart = start.isAfter(from) ? start : from;
            LocalTime clippedEnd = end.isBefore(until) ? end : until;
            return clippedStart.isBefore(clippedEnd) ? Optional.of(new Window(clippedStart, clippedEnd)) : Optional.empty();
        }
    }
}
