package id.giliran.api.history;

import java.time.Instant;
import java.util.List;

/**
 * An aggregate's state as of {@code at} (rebuilt from its events up to then through its own
 * event-sourcing handlers) beside its state now; {@code eventsThen} of {@code eventsNow} events had
 * happened by then (0: it did not exist yet, every "then" is null).
 */
public record StateAsOf(String aggregateId, String aggregateType, String focusId, Instant at, int eventsThen,
                        int eventsNow, List<StateField> fields) {

    public StateAsOf {
        fields = List.copyOf(fields);
    }
}
