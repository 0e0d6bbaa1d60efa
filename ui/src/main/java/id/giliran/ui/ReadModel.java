package id.giliran.ui;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;

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
                throw new IllegalStateException(query + " did not show the change in the read model in time");
            }
            return updated;
        }
    }
}
