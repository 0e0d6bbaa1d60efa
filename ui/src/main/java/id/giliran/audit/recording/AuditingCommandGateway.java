package id.giliran.audit.recording;

import id.giliran.api.identity.Caller;
import id.giliran.identity.security.Callers;
import id.giliran.infrastructure.ErrorCodes;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The command gateway every part of the application sends through. It records the outcome of
 * each command in the audit trail: who sent it from where, for which aggregate, and whether it
 * succeeded or with which error code it was refused.
 */
class AuditingCommandGateway implements CommandGateway {

    private static final CommandTargetResolver TARGETS = AnnotationCommandTargetResolver.builder().build();

    private final CommandGateway delegate;
    private final AuditRecorder audit;

    AuditingCommandGateway(CommandGateway delegate, AuditRecorder audit) {
        this.delegate = delegate;
        this.audit = audit;
    }

    @Override
    public <C, R> void send(C command, CommandCallback<? super C, ? super R> callback) {
        Caller caller = Callers.current();
        delegate.send(command, (CommandMessage<? extends C> message, CommandResultMessage<? extends R> result) -> {
            record(caller, command, result.isExceptional() ? result.exceptionResult() : null);
            callback.onResult(message, result);
        });
    }

    @Override
    public <R> R sendAndWait(Object command) {
        return recorded(command, () -> delegate.sendAndWait(command));
    }

    @Override
    public <R> R sendAndWait(Object command, long timeout, TimeUnit unit) {
        return recorded(command, () -> delegate.sendAndWait(command, timeout, unit));
    }

    private <R> R recorded(Object command, Supplier<R> sending) {
        Caller caller = Callers.current();
        try {
            R result = sending.get();
            record(caller, command, null);
            return result;
        } catch (RuntimeException failure) {
            record(caller, command, failure);
            throw failure;
        }
    }

    @Override
    public <R> CompletableFuture<R> send(Object command) {
        Caller caller = Callers.current();
        return delegate.<R>send(command).whenComplete((result, failure) -> record(caller, command, failure));
    }

    @Override
    public Registration registerDispatchInterceptor(
            MessageDispatchInterceptor<? super CommandMessage<?>> dispatchInterceptor) {
        return delegate.registerDispatchInterceptor(dispatchInterceptor);
    }

    private void record(Caller caller, Object command, Throwable failure) {
        String errorCode = failure == null ? null : ErrorCodes.of(failure).orElse(ErrorCodes.UNEXPECTED);
        audit.commandOutcome(caller, command.getClass().getSimpleName(), targetOf(command), errorCode);
    }

    private static String targetOf(Object command) {
        try {
            return TARGETS.resolveTarget(GenericCommandMessage.asCommandMessage(command)).getIdentifier();
        } catch (IllegalArgumentException noTarget) {
            return null;
        }
    }
}
