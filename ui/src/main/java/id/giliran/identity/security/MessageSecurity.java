package id.giliran.identity.security;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.identity.Caller;
import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.Registration;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryMessage;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryBackpressure;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.axonframework.queryhandling.SubscriptionQueryUpdateMessage;
import org.axonframework.queryhandling.UpdateHandlerRegistration;
import reactor.core.publisher.Flux;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * Commands and queries are authorised where they are handled, not only in the views. The sending side
 * ({@link #dispatchSide}) stamps every message with the acting caller ({@link Callers#current()}) and signs it
 * ({@link CallerSignature}); the handling side ({@link #handlerSide}) refuses a message whose signature is
 * missing or wrong, then one whose {@link Permitted} does not allow that caller. Live updates of subscription
 * queries ({@link #guarded}) reach only subscriptions that would pass the same check. The same wiring serves
 * every mode: on Axon Server's buses the handler interceptors sit on the local segment that receives what other
 * instances (or anyone else connected) sent.
 */
final class MessageSecurity {

    private final CallerSignature signature;

    MessageSecurity(CallerSignature signature) {
        this.signature = signature;
    }

    /** What this process sends carries its caller, signed. */
    void dispatchSide(CommandBus commandBus, QueryBus queryBus, QueryGateway queryGateway) {
        commandBus.registerDispatchInterceptor(new Stamp<>());
        queryBus.registerDispatchInterceptor(new Stamp<>());
        // the bus stamps only a subscription query's first answer; the subscription itself (whose metadata
        // decides who receives its updates) is stamped where the gateway builds it
        queryGateway.registerDispatchInterceptor(new Stamp<>());
    }

    /** What this process handles is let through only with a valid signature of a caller who may send it. */
    void handlerSide(CommandBus commandBus, QueryBus queryBus) {
        commandBus.registerHandlerInterceptor((MessageHandlerInterceptor<CommandMessage<?>>) (unitOfWork, chain) -> {
            Optional<String> refusal = refusal(unitOfWork.getMessage(), true);
            if (refusal.isPresent()) {
                throw new CommandExecutionException(refusal.get(), null, ErrorCode.ACCESS_DENIED.name());
            }
            return chain.proceed();
        });
        queryBus.registerHandlerInterceptor((MessageHandlerInterceptor<QueryMessage<?, ?>>) (unitOfWork, chain) -> {
            Optional<String> refusal = refusal(unitOfWork.getMessage(), false);
            if (refusal.isPresent()) {
                throw new QueryExecutionException(refusal.get(), null, ErrorCode.ACCESS_DENIED.name());
            }
            return chain.proceed();
        });
    }

    /**
     * Why {@code message} is refused, if it is: its text names the message type and the caller's roles, never
     * the username (an e-mail or a phone number), because a refusal may end up in a log.
     */
    Optional<String> refusal(Message<?> message, boolean changes) {
        String type = message.getPayloadType().getSimpleName();
        if (!signature.verifies(message)) {
            return Optional.of("the caller of " + type + " is not signed by this application: refused");
        }
        if (!permits(message) || changes && auditorChanging(message)) {
            return Optional.of("the caller (" + Caller.fromMetaData(message.getMetaData()).rolesText()
                    + ") may not send " + type);
        }
        return Optional.empty();
    }

    /** Whether the (verified) caller of {@code message} may send it, by its {@link Permitted}. */
    static boolean permits(Message<?> message) {
        Caller caller = Caller.fromMetaData(message.getMetaData());
        if (caller.isSystem()) {
            return true;
        }
        Permitted permitted = message.getPayloadType().getAnnotation(Permitted.class);
        if (permitted == null || caller.isNobody()) {
            return false;
        }
        return permitted.anyone() || caller.isSignedIn() && caller.hasAnyRole(permitted.value());
    }

    /**
     * An auditor reads and changes nothing: a command from a caller holding AUDITOR is refused unless it
     * names the role itself (the read marks of one's own inbox), also where anyone may send it (a kiosk
     * ticket, an arrival, an account of one's own).
     */
    static boolean auditorChanging(Message<?> message) {
        Caller caller = Caller.fromMetaData(message.getMetaData());
        if (caller.isSystem() || !caller.isSignedIn() || !caller.hasAnyRole(Role.AUDITOR)) {
            return false;
        }
        Permitted permitted = message.getPayloadType().getAnnotation(Permitted.class);
        return permitted == null || !Arrays.asList(permitted.value()).contains(Role.AUDITOR);
    }

    /**
     * {@code message} as this process sends it: a message it already signed (by the gateway, before the bus)
     * keeps its signature; any other caller it carries (copied from the event a handler was handling, or written
     * by hand) is replaced by the thread's, {@link Callers#current()}.
     */
    <M extends Message<?>> M stamped(M message) {
        return signature.verifies(message) ? message : signature.stamp(message, Callers.current());
    }

    /** {@code emitter} whose updates reach only subscriptions whose signed caller may send their query. */
    QueryUpdateEmitter guarded(QueryUpdateEmitter emitter) {
        return new GuardedEmitter(emitter);
    }

    /** Stamps the acting caller, signed, on every message sent from this process. */
    private class Stamp<M extends Message<?>> implements MessageDispatchInterceptor<M> {

        @Override
        public BiFunction<Integer, M, M> handle(List<? extends M> messages) {
            return (index, message) -> stamped(message);
        }
    }

    private final class GuardedEmitter implements QueryUpdateEmitter {

        private final QueryUpdateEmitter delegate;

        private GuardedEmitter(QueryUpdateEmitter delegate) {
            this.delegate = delegate;
        }

        private boolean subscriberPermitted(SubscriptionQueryMessage<?, ?, ?> subscription) {
            return refusal(subscription, false).isEmpty();
        }

        @Override
        public <U> void emit(Predicate<SubscriptionQueryMessage<?, ?, U>> filter,
                             SubscriptionQueryUpdateMessage<U> update) {
            delegate.emit(filter.and(this::subscriberPermitted), update);
        }

        @Override
        public void complete(Predicate<SubscriptionQueryMessage<?, ?, ?>> filter) {
            delegate.complete(filter);
        }

        @Override
        public void completeExceptionally(Predicate<SubscriptionQueryMessage<?, ?, ?>> filter, Throwable cause) {
            delegate.completeExceptionally(filter, cause);
        }

        @Override
        public boolean queryUpdateHandlerRegistered(SubscriptionQueryMessage<?, ?, ?> query) {
            return delegate.queryUpdateHandlerRegistered(query);
        }

        @Override
        @Deprecated
        @SuppressWarnings("deprecation")
        public <U> UpdateHandlerRegistration<U> registerUpdateHandler(SubscriptionQueryMessage<?, ?, ?> query,
                                                                      SubscriptionQueryBackpressure backpressure,
                                                                      int updateBufferSize) {
            Optional<String> refusal = refusal(query, false);
            return refusal.isPresent() ? refused(refusal.get())
                    : delegate.registerUpdateHandler(query, backpressure, updateBufferSize);
        }

        @Override
        public <U> UpdateHandlerRegistration<U> registerUpdateHandler(SubscriptionQueryMessage<?, ?, ?> query,
                                                                      int updateBufferSize) {
            Optional<String> refusal = refusal(query, false);
            return refusal.isPresent() ? refused(refusal.get()) : delegate.registerUpdateHandler(query, updateBufferSize);
        }

        /** No updates, ever: the subscription ends with the refusal its first answer also gets. */
        private <U> UpdateHandlerRegistration<U> refused(String refusal) {
            return new UpdateHandlerRegistration<>(() -> true,
                    Flux.error(new QueryExecutionException(refusal, null, ErrorCode.ACCESS_DENIED.name())), () -> {
            });
        }

        @Override
        public java.util.Set<SubscriptionQueryMessage<?, ?, ?>> activeSubscriptions() {
            return delegate.activeSubscriptions();
        }

        @Override
        public Registration registerDispatchInterceptor(
                MessageDispatchInterceptor<? super SubscriptionQueryUpdateMessage<?>> interceptor) {
            return delegate.registerDispatchInterceptor(interceptor);
        }
    }
}
