package id.giliran.operations.query;

import id.giliran.api.common.ErrorCode;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The event processors of this process by processing group (each processor here is named after
 * its one processing group), their dead-letter queues, and how a parked event's sequence is named:
 * its aggregate's id, as the processors' per-aggregate sequencing policy has it.
 */
@Component
class Processors {

    private final EventProcessingConfiguration configuration;

    Processors(EventProcessingConfiguration configuration) {
        this.configuration = configuration;
    }

    List<String> groups() {
        return new ArrayList<>(new TreeSet<>(configuration.eventProcessors().keySet()));
    }

    Optional<StreamingEventProcessor> find(String group) {
        if (group == null || !configuration.eventProcessors().containsKey(group)) {
            return Optional.empty();
        }
        return configuration.eventProcessor(group, StreamingEventProcessor.class);
    }

    StreamingEventProcessor require(String group) {
        return find(group).orElseThrow(() -> refused(ErrorCode.PROCESSOR_UNKNOWN, "no event processor " + group));
    }

    Optional<SequencedDeadLetterQueue<EventMessage<?>>> deadLetters(String group) {
        return group == null ? Optional.empty() : configuration.deadLetterQueue(group);
    }

    Optional<org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor<EventMessage<?>>> deadLetterProcessor(
            String group) {
        return configuration.sequencedDeadLetterProcessor(group);
    }

    static String sequenceOf(DeadLetter<? extends EventMessage<?>> letter) {
        return sequenceOf(letter.message());
    }

    static String sequenceOf(EventMessage<?> message) {
        return message instanceof DomainEventMessage<?> domain && domain.getAggregateIdentifier() != null
                ? domain.getAggregateIdentifier() : message.getIdentifier();
    }

    static CommandExecutionException refused(ErrorCode code, String message) {
        return new CommandExecutionException(message, null, code.name());
    }
}
