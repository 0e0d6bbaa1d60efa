package id.giliran.api.queue;

import java.time.LocalDate;
import java.util.List;

/**
 * The waiting-room display: the latest call per counter (newest first), the next priority and
 * general numbers (null when none waits), how many wait, and today's totals: tickets taken and
 * tickets finished at the counters.
 */
public record DisplayBoardView(
        LocalDate serviceDate,
        List<CounterCallView> latestCalls,
        String nextPriority,
        String nextGeneral,
        long waitingPriority,
        long waitingGeneral,
        long issuedToday,
        long finishedToday) {

    public long waitingTotal() {
        return waitingPriority + waitingGeneral;
    }
}
