package id.giliran.operations.query;

import id.giliran.api.operations.DeadLetterView;
import id.giliran.api.operations.EventProcessorView;
import id.giliran.api.operations.FindDeadLettersQuery;
import id.giliran.api.operations.FindEventProcessorsQuery;
import id.giliran.api.operations.FindReplayingProcessorsQuery;
import id.giliran.api.operations.ProcessorState;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;

/** What ADMIN and AUDITOR see of the event processors and their parked events. */
@Component
class ProjectionQueries {

    static final int MAX_SEQUENCES = 200;
    static final int MAX_ERROR = 300;

    private final Processors processors;
    private final EventStore eventStore;

    ProjectionQueries(Processors processors, EventStore eventStore) {
        this.processors = processors;
        this.eventStore = eventStore;
    }

    @QueryHandler
    List<EventProcessorView> handle(FindEventProcessorsQuery query) {
        long head = position(eventStore.createHeadToken());
        return processors.groups().stream()
                         .flatMap(group -> processors.find(group).map(processor -> view(group, processor, head)).stream())
                         .toList();
    }

    @QueryHandler
    List<String> handle(FindReplayingProcessorsQuery query) {
        return processors.groups().stream()
                         .filter(group -> processors.find(group).map(StreamingEventProcessor::isReplaying).orElse(false))
                         .toList();
    }

    @QueryHandler
    List<DeadLetterView> handle(FindDeadLettersQuery query) {
        List<DeadLetterView> views = new ArrayList<>();
        processors.deadLetters(query.processingGroup()).ifPresent(queue -> {
            int sequences = 0;
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
                if (sequences++ >= MAX_SEQUENCES) {
                    break;
                }
                int index = 0;
                for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                    views.add(view(query.processingGroup(), letter, index++));
                }
            }
        });
        return views;
    }

    private EventProcessorView view(String group, StreamingEventProcessor processor, long head) {
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        long position = segments.stream().map(EventTrackerStatus::getCurrentPosition)
                                .filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong).min()
                                .orElse(segments.isEmpty() ? -1 : 0);
        long replayUntil = segments.stream().filter(EventTrackerStatus::isReplaying)
                                   .map(EventTrackerStatus::getResetPosition).filter(OptionalLong::isPresent)
                                   .mapToLong(OptionalLong::getAsLong).max().orElse(-1);
        String error = segments.stream().filter(EventTrackerStatus::isErrorState).map(EventTrackerStatus::getError)
                               .filter(failure -> failure != null).findFirst().map(ProjectionQueries::describe)
                               .orElse(null);
        ProcessorState state = error != null || processor.isError() ? ProcessorState.FAILING
                : !processor.isRunning() ? ProcessorState.STOPPED
                : processor.isReplaying() ? ProcessorState.REPLAYING : ProcessorState.RUNNING;
        long deadLetters = processors.deadLetters(group).map(queue -> queue.size()).orElse(0L);
        long lag = position < 0 ? head : Math.max(0, head - position);
        return new EventProcessorView(group, state, Math.max(position, 0), head, lag, replayUntil, error, deadLetters);
    }

    private static DeadLetterView view(String group, DeadLetter<? extends EventMessage<?>> letter, int index) {
        EventMessage<?> message = letter.message();
        boolean domain = message instanceof DomainEventMessage<?>;
        DomainEventMessage<?> event = domain ? (DomainEventMessage<?>) message : null;
        return new DeadLetterView(group, Processors.sequenceOf(letter), index, message.getPayloadType().getSimpleName(),
                domain ? event.getType() : null, domain ? event.getAggregateIdentifier() : null,
                domain ? event.getSequenceNumber() : -1,
                letter.cause().map(ProjectionQueries::describe).orElse(null),
                DeadLetterPolicy.attempts(letter), letter.enqueuedAt(), letter.lastTouched());
    }

    private static String describe(Cause cause) {
        return shorten(simpleName(cause.type()) + ": " + cause.message());
    }

    private static String describe(Throwable failure) {
        return shorten(failure.getClass().getSimpleName() + ": " + failure.getMessage());
    }

    private static String simpleName(String type) {
        return type == null ? "?" : type.substring(type.lastIndexOf('.') + 1);
    }

    private static String shorten(String text) {
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR) + "…";
    }

    static long position(TrackingToken token) {
        return token == null ? 0 : token.position().orElse(0);
    }
}
