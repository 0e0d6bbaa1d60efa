package id.giliran.erasure.command;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Whether an aggregate has events, asked of the event store before loading it: Axon's repository logs the id of an
 * aggregate it could not find at WARN, and the ids here are usernames (e-mail addresses, phone numbers), which must
 * not reach a log line.
 */
@Component
class StoredAggregates {

    private final EventStore events;

    StoredAggregates(EventStore events) {
        this.events = events;
    }

    boolean exist(String aggregateId) {
        try {
            return events.lastSequenceNumberFor(aggregateId).isPresent();
        } catch (UnsupportedOperationException cannotTell) {
            return true;
        }
    }
}
