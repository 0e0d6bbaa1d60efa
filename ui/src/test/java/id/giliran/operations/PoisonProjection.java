package id.giliran.operations;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Test only: a projection of its own processing group that fails on chosen events a chosen number of
 * times (a transient hiccup, or poison until "fixed"), and records what it handled, in order.
 */
@Component
@ProcessingGroup(PoisonProjection.GROUP)
public class PoisonProjection {

    public static final String GROUP = "test-poison";

    /** label → how many more times handling it fails. */
    public static final Map<String, Integer> FAILURES = new ConcurrentHashMap<>();
    static final List<String> HANDLED = new CopyOnWriteArrayList<>();
    static final Map<String, Integer> TRIES = new ConcurrentHashMap<>();

    @EventHandler
    void on(PoisonTestEvent event) {
        TRIES.merge(event.label(), 1, Integer::sum);
        int left = FAILURES.getOrDefault(event.label(), 0);
        if (left > 0) {
            FAILURES.put(event.label(), left - 1);
            throw new IllegalStateException("simulated failure of " + event.label());
        }
        HANDLED.add(event.label());
    }

    /** A test-only event of a test-only aggregate. */
    public record PoisonTestEvent(String aggregateId, String label) {
    }
}
