package id.giliran.api.queue;

import java.time.Duration;

/**
 * One clinic's service day. Waits run from taking the ticket (an online booking: from its arrival) to
 * its (last) call; service time from "start serving" to "finish". Durations are null when nothing was measured.
 *
 * @param waitP90 the 90th percentile (nearest rank) of the waits
 */
public record ClinicDayReport(
        String clinicCode,
        String clinicName,
        long tickets,
        long priority,
        long general,
        long bpjs,
        long umum,
        long served,
        long skipped,
        Duration averageWait,
        Duration waitP90,
        Duration averageService) {
}
