package id.giliran.operations.query;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Every event handler of a processor is tried again in place, with a growing pause, before its
 * failure reaches the processor: a transient MongoDB hiccup (a failover, a lost connection) must not
 * park an event. Only when the last try fails too does the dead-lettering invoker park it (and every
 * later event of its aggregate behind it). This is a handler enhancer, not a processor interceptor,
 * because the dead-lettering invoker catches the failure of each event before a processor-level
 * interceptor could see it. Event-sourcing and saga handlers are left as they are.
 */
@Component
class RetryInPlace implements HandlerEnhancerDefinition {

    private static final Logger LOG = LoggerFactory.getLogger(RetryInPlace.class);

    private final int retries;
    private final Duration firstPause;

    RetryInPlace(@Value("${giliran.events.retries:3}") int retries,
                 @Value("${giliran.events.first-retry-pause:100ms}") Duration firstPause) {
        this.retries = retries;
        this.firstPause = firstPause;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        boolean eventHandler = original.canHandleMessageType(EventMessage.class)
                && original.annotationAttributes(EventHandler.class).isPresent()
                && original.annotationAttributes(EventSourcingHandler.class).isEmpty()
                && original.annotationAttributes(SagaEventHandler.class).isEmpty();
        return eventHandler && retries > 0 ? new Retrying<>(original) : original;
    }

    private final class Retrying<T> extends WrappedMessageHandlingMember<T> {

        Retrying(MessageHandlingMember<T> delegate) {
            super(delegate);
        }

        @Override
        public Object handle(Message<?> message, T target) throws Exception {
            long pause = firstPause.toMillis();
            for (int attempt = 0; ; attempt++) {
                try {
                    return super.handle(message, target);
                } catch (Exception failure) {
                    if (attempt >= retries) {
                        throw failure;
                    }
                    // the event's type and id only: its payload may hold personal data
                    LOG.warn("{} failed on event {} ({}), try {} of {} in {} ms: {}",
                            target == null ? "handler" : target.getClass().getSimpleName(),
                            message.getPayloadType().getSimpleName(), message.getIdentifier(), attempt + 2,
                            retries + 1, pause, failure.getClass().getSimpleName());
                    try {
                        Thread.sleep(pause);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        throw failure;
                    }
                    pause *= 4;
                }
            }
        }
    }
}
