package id.giliran.api.report;

import id.giliran.api.queue.PriorityReason;

import java.time.Duration;
import java.util.Map;

/**
 * The queue of one clinic, one day or a whole period, as the head of the Puskesmas reads it.
 * A patient is a ticket taken at the kiosk or an online booking whose arrival was confirmed;
 * cancelled bookings count nowhere, bookings never confirmed only in {@code bookedNotArrived}.
 * Waits run from taking the ticket (kiosk) or confirming arrival (online) to the first call;
 * service from "start serving" to finish or "sent on to the clinic". Durations are null when
 * nothing was measured; the 90th percentile is the nearest rank over every measured wait.
 *
 * @param tickets           patients in the queue (kiosk tickets and arrived online bookings)
 * @param priorityByReason  priority patients per reason (lansia, ibu hamil, …); absent reasons are 0
 * @param waiting           still waiting to be called (meaningful for today)
 * @param served            finished or sent on to the clinic
 * @param notPresent        called but not there (skipped, and not served later)
 * @param waitsMeasured     how many waits the averages and the percentile are taken over
 * @param servicesMeasured  how many services the average service time is taken over
 */
public record QueueFigures(
        long tickets,
        long priority,
        long general,
        Map<PriorityReason, Long> priorityByReason,
        long bpjs,
        long umum,
        long online,
        long waiting,
        long served,
        long notPresent,
        long bookedNotArrived,
        Duration averageWait,
        Duration waitP90,
        long waitsMeasured,
        Duration averageService,
        long servicesMeasured) {

    public static final QueueFigures NONE = new QueueFigures(0, 0, 0, Map.of(), 0, 0, 0, 0, 0, 0, 0, null, null, 0,
            null, 0);

    public long priority(PriorityReason reason) {
        return priorityByReason == null ? 0 : priorityByReason.getOrDefault(reason, 0L);
    }
}
