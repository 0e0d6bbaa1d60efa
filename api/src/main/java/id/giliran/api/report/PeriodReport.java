package id.giliran.api.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A period's report (both dates included): totals over the whole period (waits and percentiles taken
 * over every ticket of the period, not averaged per day), per clinic, and, when asked for, each day.
 *
 * @param days one entry per day of the period, days without data included (empty figures); empty
 *             when the query did not ask for days
 */
public record PeriodReport(LocalDate from, LocalDate to, QueueFigures queue, List<ClinicFigures> clinics,
                           RegistrationFigures registrations, BpjsFigures bpjs, List<DayFigures> days) {

    /** True when nothing at all happened in the period: exports then say "tidak ada data". */
    public boolean empty() {
        return queue.tickets() == 0 && queue.bookedNotArrived() == 0 && registrations.registrations() == 0
                && registrations.cancelled() == 0 && bpjs.visits() == 0 && bpjs.checks() == 0;
    }
}
