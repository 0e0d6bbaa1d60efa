package id.giliran.history.command;

import id.giliran.api.history.HistoryField;
import id.giliran.api.history.TimelineEntry;
import id.giliran.api.identity.Caller;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;

import java.util.List;

/** One stored event as a row of the history: when, who, from where, which command, and its (masked) fields. */
final class EventRows {

    private EventRows() {
    }

    static TimelineEntry of(EventMessage<?> event) {
        String aggregateId = null;
        String aggregateType = null;
        long sequence = -1;
        if (event instanceof DomainEventMessage<?> domainEvent) {
            aggregateId = domainEvent.getAggregateIdentifier();
            aggregateType = domainEvent.getType();
            sequence = domainEvent.getSequenceNumber();
        }
        Long position = null;
        if (event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null) {
            position = tracked.trackingToken().position().stream().boxed().findFirst().orElse(null);
        }
        String eventType = event.getPayloadType().getSimpleName();
        Caller caller = Caller.fromMetaData(event.getMetaData());
        Object command = event.getMetaData().get(TimelineEntry.COMMAND);
        List<HistoryField> fields = FieldText.ofPayload(eventType, event.getPayload());
        return new TimelineEntry(aggregateId, aggregateType, sequence, position, eventType, event.getTimestamp(),
                caller.username(), caller.roles().isEmpty() ? null : caller.rolesText(), caller.clientAddress(),
                command == null ? null : command.toString(), fields);
    }

    /** Whether an event is about the record {@code focusId} inside its aggregate (one of its own fields holds the id). */
    static boolean about(TimelineEntry entry, String focusId) {
        return focusId == null || entry.fields().stream()
                                       .anyMatch(field -> !field.name().contains(".") && focusId.equals(field.value()));
    }
}
