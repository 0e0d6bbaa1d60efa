package id.giliran.history.ui;

import id.giliran.api.history.BrowseEventsQuery;
import id.giliran.api.history.EventPage;
import id.giliran.api.history.FindRecordQuery;
import id.giliran.api.history.FindStateAsOfQuery;
import id.giliran.api.history.FindTimelineQuery;
import id.giliran.api.history.HistoryRules;
import id.giliran.api.history.RecordKind;
import id.giliran.api.history.RecordRef;
import id.giliran.api.history.StateAsOf;
import id.giliran.api.history.Timeline;
import id.giliran.infrastructure.ErrorCodes;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/**
 * The event history for AUDITOR and ADMIN, over the query gateway: find a record, its timeline, its
 * state as of an instant, and the whole stream page by page. Refusals come back as
 * {@link HistoryRules.Refused} with their stable code, checked here first and again where answered.
 */
@Service
public class HistoryService {

    static final int PAGE_SIZE = 50;

    private final QueryGateway queryGateway;
    private final Clock clock;

    HistoryService(QueryGateway queryGateway, Clock clock) {
        this.queryGateway = queryGateway;
        this.clock = clock;
    }

    public Optional<RecordRef> find(RecordKind kind, String text, LocalDate date) {
        if (kind == null || text == null || text.isBlank() || kind.needsDate() && date == null) {
            throw new HistoryRules.Refused(HistoryRules.INPUT_MISSING);
        }
        return ask(() -> queryGateway.query(new FindRecordQuery(kind, text.strip(), date),
                ResponseTypes.optionalInstanceOf(RecordRef.class)).join());
    }

    public Optional<Timeline> timeline(String aggregateId, String focusId) {
        return ask(() -> queryGateway.query(new FindTimelineQuery(aggregateId, focusId),
                ResponseTypes.optionalInstanceOf(Timeline.class)).join());
    }

    public Optional<StateAsOf> stateAsOf(String aggregateId, String focusId, Instant at) {
        HistoryRules.checkAsOf(at, clock.instant());
        return ask(() -> queryGateway.query(new FindStateAsOfQuery(aggregateId, focusId, at),
                ResponseTypes.optionalInstanceOf(StateAsOf.class)).join());
    }

    public EventPage browse(Instant from, Instant to, String eventType, String username, Long afterPosition) {
        BrowseEventsQuery query = new BrowseEventsQuery(from, to, blankToNull(eventType), blankToNull(username),
                afterPosition, PAGE_SIZE);
        HistoryRules.check(query);
        return ask(() -> queryGateway.query(query, ResponseTypes.instanceOf(EventPage.class)).join());
    }

    /** A refusal answered by the handler comes back with its code, as if it were checked here. */
    private static <T> T ask(java.util.function.Supplier<T> question) {
        try {
            return question.get();
        } catch (CompletionException failure) {
            Optional<String> code = ErrorCodes.of(failure).filter(text -> text.startsWith("HISTORY_"));
            if (code.isPresent()) {
                throw new HistoryRules.Refused(code.get());
            }
            throw failure;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
