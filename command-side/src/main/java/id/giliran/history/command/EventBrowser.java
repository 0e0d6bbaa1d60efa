package id.giliran.history.command;

import id.giliran.api.history.BrowseEventsQuery;
import id.giliran.api.history.EventPage;
import id.giliran.api.history.HistoryRules;
import id.giliran.api.history.TimelineEntry;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Browses the whole event stream, page by page: from the token at the range's start (or after the
 * global position the previous page ended at), keeping the events of the range that match the type
 * and user asked for. One page reads at most {@link #READ_CAP} events, so a rare type in a busy month
 * never holds the query for long: the page then ends early and says where to continue.
 */
@Component
class EventBrowser {

    static final int READ_CAP = 5_000;
    /** How long the stream may wait for an event that is not there yet: the head of the stream is reached. */
    static final int WAIT_MILLIS = 50;

    private final EventStore eventStore;

    EventBrowser(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @QueryHandler
    EventPage handle(BrowseEventsQuery query) throws InterruptedException {
        try {
            HistoryRules.check(query);
        } catch (HistoryRules.Refused refused) {
            throw new QueryExecutionException(refused.code(), null, refused.code());
        }
        List<TimelineEntry> shown = new ArrayList<>();
        TrackingToken start = query.afterPosition() == null ? eventStore.createTokenAt(query.from())
                : tokenAt(query.afterPosition());
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(start)) {
            int read = 0;
            Long lastPosition = query.afterPosition();
            while (read < READ_CAP && stream.hasNextAvailable(WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                read++;
                Instant at = event.getTimestamp();
                if (at.isAfter(query.to())) {
                    return new EventPage(shown, null);
                }
                TimelineEntry entry = EventRows.of(event);
                lastPosition = entry.position() == null ? lastPosition : entry.position();
                if (!at.isBefore(query.from()) && matches(entry, query)) {
                    shown.add(entry);
                    if (shown.size() == query.pageSize()) {
                        return new EventPage(shown, lastPosition);
                    }
                }
            }
            return new EventPage(shown, read == READ_CAP ? lastPosition : null);
        }
    }

    private static boolean matches(TimelineEntry entry, BrowseEventsQuery query) {
        return (blank(query.eventType()) || entry.eventType().equals(query.eventType().strip()))
                && (blank(query.username()) || query.username().strip().equalsIgnoreCase(entry.username()));
    }

    /** A token just after a global position, of the kind this event store hands out. */
    private TrackingToken tokenAt(long position) {
        TrackingToken head = eventStore.createHeadToken();
        return head instanceof GlobalSequenceTrackingToken ? new GlobalSequenceTrackingToken(position)
                : GapAwareTrackingToken.newInstance(position, List.of());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
