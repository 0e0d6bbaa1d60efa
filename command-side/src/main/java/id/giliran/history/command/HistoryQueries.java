package id.giliran.history.command;

import id.giliran.api.history.FindStateAsOfQuery;
import id.giliran.api.history.FindTimelineQuery;
import id.giliran.api.history.HistoryField;
import id.giliran.api.history.HistoryRules;
import id.giliran.api.history.StateAsOf;
import id.giliran.api.history.StateField;
import id.giliran.api.history.Timeline;
import id.giliran.api.history.TimelineEntry;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The history of one aggregate, read from the event store itself (embedded or Axon Server alike):
 * its timeline, and its state as of an instant rebuilt through its own event-sourcing handlers
 * beside its state now. Read-only: nothing is published, stored or snapshotted.
 */
@Component
class HistoryQueries {

    private final EventStore eventStore;
    private final AggregateTypes aggregateTypes;
    private final StateRebuilder rebuilder;
    private final Clock clock;

    HistoryQueries(EventStore eventStore, AggregateTypes aggregateTypes, StateRebuilder rebuilder, Clock clock) {
        this.eventStore = eventStore;
        this.aggregateTypes = aggregateTypes;
        this.rebuilder = rebuilder;
        this.clock = clock;
    }

    @QueryHandler
    Optional<Timeline> handle(FindTimelineQuery query) {
        List<? extends DomainEventMessage<?>> events = events(query.aggregateId());
        if (events.isEmpty()) {
            return Optional.empty();
        }
        List<TimelineEntry> entries = events.stream().map(EventRows::of)
                                            .filter(entry -> EventRows.about(entry, focus(query.focusId())))
                                            .toList();
        return Optional.of(new Timeline(query.aggregateId(), events.get(0).getType(), focus(query.focusId()), entries));
    }

    @QueryHandler
    Optional<StateAsOf> handle(FindStateAsOfQuery query) {
        try {
            HistoryRules.checkAsOf(query.at(), clock.instant());
        } catch (HistoryRules.Refused refused) {
            throw new QueryExecutionException(refused.code(), null, refused.code());
        }
        List<? extends DomainEventMessage<?>> events = events(query.aggregateId());
        if (events.isEmpty()) {
            return Optional.empty();
        }
        String typeName = events.get(0).getType();
        Class<?> type = aggregateTypes.byName(typeName).orElseThrow(() -> new QueryExecutionException(
                HistoryRules.RECORD_UNKNOWN, null, HistoryRules.RECORD_UNKNOWN));
        List<? extends DomainEventMessage<?>> then = events.stream()
                                                           .filter(event -> !event.getTimestamp().isAfter(query.at()))
                                                           .toList();
        String focus = focus(query.focusId());
        Map<String, String> thenFields = then.isEmpty() ? Map.of() : keep(rebuilder.fieldsAfter(type, then), focus);
        Map<String, String> nowFields = keep(rebuilder.fieldsAfter(type, events), focus);
        Set<String> names = new LinkedHashSet<>(nowFields.keySet());
        names.addAll(thenFields.keySet());
        List<StateField> fields = new ArrayList<>();
        for (String name : names) {
            String before = thenFields.get(name);
            String now = nowFields.get(name);
            fields.add(new StateField(name, before, now, !java.util.Objects.equals(before, now)));
        }
        return Optional.of(new StateAsOf(query.aggregateId(), typeName, focus, query.at(), then.size(), events.size(),
                fields));
    }

    /** Every event of the aggregate from its first (never a snapshot): the history is the events themselves. */
    private List<? extends DomainEventMessage<?>> events(String aggregateId) {
        if (aggregateId == null || aggregateId.isBlank()) {
            return List.of();
        }
        return eventStore.readEvents(aggregateId.strip(), 0L).asStream().toList();
    }

    /**
     * With a focus (a booking inside a calendar), the aggregate's own scalar fields and every field
     * under the focused record's key; without one, every field.
     */
    private static Map<String, String> keep(List<HistoryField> fields, String focus) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (HistoryField field : fields) {
            String name = field.name();
            boolean ownScalar = !name.contains(".") && !name.contains("[");
            boolean ofFocus = name.contains("." + focus + ".") || name.endsWith("." + focus);
            if (focus == null || ownScalar || ofFocus) {
                kept.put(name, field.value());
            }
        }
        return kept;
    }

    private static String focus(String focusId) {
        return focusId == null || focusId.isBlank() ? null : focusId.strip();
    }
}
