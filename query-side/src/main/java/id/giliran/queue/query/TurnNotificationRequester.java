package id.giliran.queue.query;

import id.giliran.api.identity.Caller;
import id.giliran.api.notification.RequestTurnNotificationCommand;
import id.giliran.privacy.LogSafe;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns "the turn is near" into a request for a WhatsApp message, sent as the application itself:
 * said explicitly, because a message sent while an event is handled inherits that event's caller
 * (the officer who called the line on, the patient who arrived), who may not send it. The
 * notification aggregate ignores a second request for the same ticket, so redelivery is harmless.
 */
@Component
class TurnNotificationRequester implements TurnWatch {

    private static final Logger LOG = LoggerFactory.getLogger(TurnNotificationRequester.class);

    private final CommandGateway commandGateway;

    TurnNotificationRequester(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @Override
    public void turnNear(TurnNear near) {
        RequestTurnNotificationCommand request = new RequestTurnNotificationCommand(
                RequestTurnNotificationCommand.notificationIdOf(near.ticketId()), near.ticketId(),
                near.serviceDate(), near.ticketNumber(), near.clinicName(), near.phone(), (int) near.ahead(), near.patient());
        commandGateway.send(GenericCommandMessage.asCommandMessage(request).andMetaData(Caller.system().toMetaData()))
                      .whenComplete((result, failure) -> {
                          if (failure != null) {
                              LOG.warn("Could not ask for the turn notification of ticket {} ({}): {}",
                                      near.ticketId(), near.ticketNumber(), LogSafe.describe(failure));
                          }
                      });
    }
}
