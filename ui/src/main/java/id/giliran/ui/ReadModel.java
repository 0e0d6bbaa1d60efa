package id.giliran.ui;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits until a read model shows the effect of a command, so a screen never shows a stale state
 * (projections are updated asynchronously). The query must answer an {@code Optional<T>} and its
 * projection emit {@code T} updates for it.
 */
public final class ReadModel {

    /** How long a screen waits for the read model before it reports a failure. */
    public static final Duration WAIT = Duration.ofSeconds(10);

    private ReadModel() {
    }

    /**
     * The subscription's update handler is registered before its initial query runs, so no update
     * slips past between the two.
     */
    public static <T> T await(QueryGateway queryGateway, Object query, Class<T> type, Predicate<T> effectShown) {
        try (SubscriptionQueryResult<Optional<T>, T> result = queryGateway.subscriptionQuery(query,
                ResponseTypes.optionalInstanceOf(type), ResponseTypes.instanceOf(type))) {
            Optional<T> initial = result.initialResult().blockOptional(WAIT).flatMap(found -> found)
                                        .filter(effectShown);
            if (initial.isPresent()) {
                return initial.get();
            }
            T updated = result.updates().filter(effectShown).blockFirst(WAIT);
            if (updated == null) {
                // the query's type only: a query may carry what was searched for
                throw new IllegalStateException(query.getClass().getSimpleName()
                        + " did not show the change in the read model in time");
            }
            return updated;
        }
    }

    /**
     * For read models whose projection emits no updates for the query: asks again every 50 ms until
     * the answer shows the effect or {@link #WAIT} has passed.
     */
    public static <T> T poll(Supplier<Optional<T>> query, Predicate<T> effectShown) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            Optional<T> shown = query.get().filter(effectShown);
            if (shown.isPresent()) {
                return shown.get();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the read model did not show the change in time");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the read model", interrupted);
            }
        }
    }
}
