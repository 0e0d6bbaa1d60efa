package id.giliran.operations.query;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.common.TextLimit;
import id.giliran.api.identity.Caller;
import id.giliran.api.operations.DeadLettersEvictedEvent;
import id.giliran.api.operations.EvictDeadLettersCommand;
import id.giliran.api.operations.RebuildProjectionCommand;
import id.giliran.api.operations.RetryDeadLettersCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * ADMIN's actions on the read side, as commands so message authorisation and the command audit
 * apply: rebuild a projection (shut its processor down, clear its parked events, reset its tokens,
 * which runs the projection's {@code @ResetHandler}, and start it again from the first event);
 * "coba lagi" for parked events; "keluarkan" them with a reason. A plain component, not an aggregate:
 * the state it acts on is Axon's own (tokens, dead letters), beside the processors in this process.
 */
@Component
class ProjectionOperations {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectionOperations.class);

    private final Processors processors;
    private final EventBus eventBus;
    private final Clock clock;

    ProjectionOperations(Processors processors, EventBus eventBus, Clock clock) {
        this.processors = processors;
        this.eventBus = eventBus;
        this.clock = clock;
    }

    @CommandHandler
    void handle(RebuildProjectionCommand command) {
        StreamingEventProcessor processor = processors.require(command.processingGroup());
        if (processor.isReplaying()) {
            throw Processors.refused(ErrorCode.PROCESSOR_REPLAYING, command.processingGroup() + " is being rebuilt");
        }
        if (!processor.supportsReset()) {
            throw Processors.refused(ErrorCode.PROCESSOR_NOT_RESETTABLE, command.processingGroup() + " cannot reset");
        }
        LOG.info("Rebuilding the read model of {}", command.processingGroup());
        processor.shutDown();
        try {
            // the replay handles every event again: what was parked is handled (or parked) afresh
            processors.deadLetters(command.processingGroup()).ifPresent(SequencedDeadLetterQueue::clear);
            processor.resetTokens();
        } finally {
            processor.start();
        }
    }

    @CommandHandler
    int handle(RetryDeadLettersCommand command) {
        processors.require(command.processingGroup());
        var deadLetters = processors.deadLetterProcessor(command.processingGroup())
                .orElseThrow(() -> Processors.refused(ErrorCode.DEAD_LETTERS_UNKNOWN, "no dead letters"));
        if (command.sequenceId() != null && !contains(command.processingGroup(), command.sequenceId())) {
            throw Processors.refused(ErrorCode.DEAD_LETTERS_UNKNOWN, "no such sequence");
        }
        int drained = 0;
        int tried = 0;
        long sequences = processors.deadLetters(command.processingGroup())
                                   .map(SequencedDeadLetterQueue::amountOfSequences).orElse(0L);
        // each call takes one sequence (the oldest one not being processed) and stops at its first failure
        while (tried++ < sequences && (command.sequenceId() == null || drained == 0)) {
            boolean done = command.sequenceId() == null ? deadLetters.processAny()
                    : deadLetters.process(letter -> command.sequenceId().equals(Processors.sequenceOf(letter)));
            if (done) {
                drained++;
            } else if (command.sequenceId() != null) {
                break;
            }
        }
        return drained;
    }

    @CommandHandler
    int handle(EvictDeadLettersCommand command, MetaData metaData) {
        processors.require(command.processingGroup());
        if (command.reason() == null || command.reason().isBlank()) {
            throw Processors.refused(ErrorCode.DEAD_LETTER_REASON_REQUIRED, "a reason is required");
        }
        if (!TextLimit.DEAD_LETTER_REASON.fits(command.reason())) {
            throw Processors.refused(ErrorCode.TEXT_TOO_LONG, TextLimit.DEAD_LETTER_REASON.name() + ": at most "
                    + TextLimit.DEAD_LETTER_REASON.max() + " characters");
        }
        SequencedDeadLetterQueue<EventMessage<?>> queue = processors.deadLetters(command.processingGroup())
                .filter(q -> command.sequenceId() != null)
                .orElseThrow(() -> Processors.refused(ErrorCode.DEAD_LETTERS_UNKNOWN, "no dead letters"));
        List<DeadLetter<? extends EventMessage<?>>> letters = new ArrayList<>();
        queue.deadLetterSequence(command.sequenceId()).forEach(letters::add);
        if (letters.isEmpty()) {
            throw Processors.refused(ErrorCode.DEAD_LETTERS_UNKNOWN, "no such sequence");
        }
        letters.forEach(queue::evict);
        // the reason stays in the event history, beside the command's own audit entry
        eventBus.publish(GenericEventMessage.asEventMessage(new DeadLettersEvictedEvent(command.processingGroup(),
                command.sequenceId(), letters.size(), command.reason().strip(),
                Caller.fromMetaData(metaData).username(), clock.instant())));
        return letters.size();
    }

    private boolean contains(String group, String sequenceId) {
        return processors.deadLetters(group).map(queue -> queue.contains(sequenceId)).orElse(false);
    }
}
