package id.giliran.queue.query;

import id.giliran.api.identity.SystemWork;
import id.giliran.api.notification.RequestTurnNotificationCommand;
import id.giliran.privacy.LogSafe;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns "the turn is near" into a request for a WhatsApp message, sent as the application itself, said
 * explicitly ({@link SystemWork}): an event handler's thread has no one signed in, and the caller of the
 * event being handled (the officer who called the line on, the patient who arrived) is never passed on. The
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
        SystemWork.get(() -> commandGateway.send(request))
                      .whenComplete((result, failure) -> {
                          if (failure != null) {
                              LOG.warn("Could not ask for the turn notification of ticket {} ({}): {}",
                                      near.ticketId(), near.ticketNumber(), LogSafe.describe(failure));
                          }
                      });
    }
}
