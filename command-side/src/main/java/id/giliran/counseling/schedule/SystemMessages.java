package id.giliran.counseling.schedule;

import id.giliran.api.identity.Caller;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.HandlerExecutionException;
import org.axonframework.messaging.Message;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * The pollers act as the application itself: their messages say so in their metadata, so they are
 * let through on a node without a signed-in session (a scheduler thread has none).
 */
final class SystemMessages {

    private SystemMessages() {
    }

    static CommandMessage<?> command(Object payload) {
        return GenericCommandMessage.asCommandMessage(payload).andMetaData(Caller.system().toMetaData());
    }

    static Message<?> query(Object payload) {
        return GenericMessage.asMessage(payload).andMetaData(Caller.system().toMetaData());
    }

    /** The error code a refused command carries, or null. */
    static String errorCode(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HandlerExecutionException handlerFailure && handlerFailure.getDetails().isPresent()) {
                return handlerFailure.getDetails().get().toString();
            }
        }
        return null;
    }

    /** Another node changed the same calendar at the same moment. */
    static boolean concurrent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }
}
