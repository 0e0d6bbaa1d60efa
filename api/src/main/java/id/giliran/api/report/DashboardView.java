package id.giliran.api.report;

import java.time.LocalDate;
import java.util.List;

/**
 * Wireframe 8.4: a service day at a glance. Today's totals are {@code queue.tickets()} (patients),
 * {@code registrations.registrations()} (registered), {@code queue.waiting()} and
 * {@code queue.priority()}.
 *
 * @param arrivals patients per 30 minutes, from the first half hour with an arrival to the current
 *                 half hour (today) or the last arrival (a past day), empty half hours included
 * @param counters every counter, in number order, with what it serves now
 */
public record DashboardView(LocalDate date, QueueFigures queue, List<ClinicFigures> clinics,
                            RegistrationFigures registrations, BpjsFigures bpjs, List<ArrivalSlot> arrivals,
                            List<CounterServing> counters) {
}
