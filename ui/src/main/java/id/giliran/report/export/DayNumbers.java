package id.giliran.report.export;

import id.giliran.api.report.BpjsFigures;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the sections after the daily table need of each day: its date, patients and the seven
 * BPJS counts, as primitives (eight numbers a day; a period is a year at most), not the days.
 */
final class DayNumbers {

    private long[] dates;
    private long[] values;
    private int size;

    DayNumbers(int expected) {
        dates = new long[Math.max(expected, 1)];
        values = new long[Math.max(expected, 1) * 8];
    }

    void add(LocalDate date, long patients, BpjsFigures figures) {
        BpjsFigures b = Figures.orNone(figures);
        if (size == dates.length) {
            dates = Arrays.copyOf(dates, size * 2);
            values = Arrays.copyOf(values, size * 16);
        }
        dates[size] = date.toEpochDay();
        long[] row = {patients, b.visitsBridged(), b.visitsFailed(), b.visitsPending(), b.visitsDeleted(),
                b.checksActive(), b.checksInactive(), b.checksNotFound()};
        System.arraycopy(row, 0, values, size * 8, 8);
        size++;
    }

    int size() {
        return size;
    }

    LocalDate date(int i) {
        return LocalDate.ofEpochDay(dates[i]);
    }

    long[] bpjs(int i) {
        return Arrays.copyOfRange(values, i * 8 + 1, i * 8 + 8);
    }

    Map<LocalDate, Long> patientsByDay() {
        Map<LocalDate, Long> byDay = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            byDay.put(date(i), values[i * 8]);
        }
        return byDay;
    }
}
