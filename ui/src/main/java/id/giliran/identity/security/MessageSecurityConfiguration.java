package id.giliran.identity.security;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.identity.Caller;
import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryMessage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Commands and queries are authorised where they are handled, not only in the views: every
 * message carries its sender (user, roles, client address) in its metadata, and a handler
 * interceptor lets it through only if the message's {@link Permitted} allows that sender.
 */
@Configuration(proxyBeanMethods = false)
class MessageSecurityConfiguration {

    @Autowired
    void secure(CommandBus commandBus, QueryBus queryBus, QueryGateway queryGateway) {
        commandBus.registerDispatchInterceptor(new CallerMetaData<>());
        queryBus.registerDispatchInterceptor(new CallerMetaData<>());
        // the bus stamps only a subscription query's first answer; the subscription itself (whose metadata
        // decides per-person updates, e.g. the inbox count) is stamped where the gateway builds it
        queryGateway.registerDispatchInterceptor(new CallerMetaData<>());
        commandBus.registerHandlerInterceptor((MessageHandlerInterceptor<CommandMessage<?>>) (unitOfWork, chain) -> {
            if (!permits(unitOfWork.getMessage()) || auditorChanging(unitOfWork.getMessage())) {
                throw new CommandExecutionException(denial(unitOfWork.getMessage()), null, ErrorCode.ACCESS_DENIED.name());
            }
            return chain.proceed();
        });
        queryBus.registerHandlerInterceptor((MessageHandlerInterceptor<QueryMessage<?, ?>>) (unitOfWork, chain) -> {
            if (!permits(unitOfWork.getMessage())) {
                throw new QueryExecutionException(denial(unitOfWork.getMessage()), null, ErrorCode.ACCESS_DENIED.name());
            }
            return chain.proceed();
        });
    }

    static boolean permits(Message<?> message) {
        Caller caller = Caller.fromMetaData(message.getMetaData());
        if (caller.isSystem()) {
            return true;
        }
        Permitted permitted = message.getPayloadType().getAnnotation(Permitted.class);
        if (permitted == null) {
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
        return permitted == null || !java.util.Arrays.asList(permitted.value()).contains(Role.AUDITOR);
    }

    private static String denial(Message<?> message) {
        Caller caller = Caller.fromMetaData(message.getMetaData());
        // the roles, not the username (an e-mail or a phone number): a refusal's message may end up in a log
        return "the caller (" + caller.rolesText() + ") may not send " + message.getPayloadType().getSimpleName();
    }

    /** Stamps the acting user on every message sent from this process, unless the sender already did. */
    static class CallerMetaData<M extends Message<?>> implements MessageDispatchInterceptor<M> {

        @Override
        @SuppressWarnings("unchecked")
        public BiFunction<Integer, M, M> handle(List<? extends M> messages) {
            return (index, message) -> message.getMetaData().containsKey(Caller.USERNAME)
                    ? message
                    : (M) message.andMetaData(Callers.current().toMetaData());
        }
    }
}
