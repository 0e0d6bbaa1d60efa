package id.giliran.counseling.schedule;

import id.giliran.api.identity.Caller;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.Message;

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
}
