package id.giliran.api.bpjs;

import java.time.LocalDate;
import java.util.Map;

/**
 * The PCare calls of a day.
 *
 * @param byOutcome {@code SUCCESS}, {@code NO_DATA}, {@code FAILURE} to how many calls ended so (absent: none)
 * @param byAction  action name to how many calls
 */
public record PcareCallCounts(LocalDate date, int total, Map<String, Integer> byOutcome, Map<String, Integer> byAction) {

    public PcareCallCounts {
        byOutcome = Map.copyOf(byOutcome);
        byAction = Map.copyOf(byAction);
    }

    public int outcome(String outcome) {
        return byOutcome.getOrDefault(outcome, 0);
    }
}
