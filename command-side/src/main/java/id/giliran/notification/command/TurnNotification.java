package id.giliran.notification.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.notification.NotificationAbandonedEvent;
import id.giliran.api.notification.NotificationAttemptFailedEvent;
import id.giliran.api.notification.NotificationAttemptStartedEvent;
import id.giliran.api.notification.NotificationDeliveredEvent;
import id.giliran.api.notification.RecordNotificationDeliveredCommand;
import id.giliran.api.notification.RecordNotificationFailedCommand;
import id.giliran.api.notification.RequestTurnNotificationCommand;
import id.giliran.api.notification.StartNotificationAttemptCommand;
import id.giliran.api.notification.TurnNotificationRequestedEvent;
import id.giliran.command.BusinessRuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One "your turn is near" WhatsApp message for one ticket ({@code turn:<ticketId>}). It is asked
 * for once (asking again changes nothing), and each attempt to send it is claimed here before the
 * sender calls WhatsApp: only the next attempt, only when due, only while no attempt is in
 * progress. So two senders never both send, and an attempt whose outcome was never reported (a
 * crash while calling) is never repeated. Failed attempts are tried again after a growing wait
 * ({@link RetryPolicy}) unless WhatsApp said retrying cannot help.
 */
@Aggregate
public class TurnNotification {

    enum State { PENDING, SENDING, DELIVERED, ABANDONED }

    @AggregateIdentifier
    private String notificationId;
    private State state;
    private int attempts;
    private Instant nextAttemptAt;

    protected TurnNotification() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RequestTurnNotificationCommand command, Clock clock) {
        if (notificationId != null) {
            return; // asked for already: a ticket gets one message at most
        }
        if (command.notificationId() == null || command.ticketId() == null
                || !command.notificationId().equals(RequestTurnNotificationCommand.notificationIdOf(command.ticketId()))
                || command.phone() == null || command.phone().isBlank()) {
            throw new BusinessRuleViolation(ErrorCode.INVALID_INPUT, "a turn notification needs its ticket and a phone");
        }
        apply(new TurnNotificationRequestedEvent(command.notificationId(), command.ticketId(), command.serviceDate(),
                command.ticketNumber(), command.clinicName(), command.phone(), command.ahead(), clock.instant(), command.patient()));
    }

    @CommandHandler
    public void handle(StartNotificationAttemptCommand command, Clock clock) {
        Instant now = clock.instant();
        if (state != State.PENDING || command.attempt() != attempts + 1 || now.isBefore(nextAttemptAt)) {
            throw new BusinessRuleViolation(ErrorCode.NOTIFICATION_NOT_DUE, "attempt " + command.attempt() + " of "
                    + notificationId + " is not due: " + state + " after " + attempts + " attempts, next at "
                    + nextAttemptAt);
        }
        apply(new NotificationAttemptStartedEvent(notificationId, command.attempt(), now));
    }

    @CommandHandler
    public void handle(RecordNotificationDeliveredCommand command, Clock clock) {
        requireInProgress(command.attempt());
        apply(new NotificationDeliveredEvent(notificationId, command.attempt(), command.providerMessageId(),
                clock.instant()));
    }

    @CommandHandler
    public void handle(RecordNotificationFailedCommand command, Clock clock, RetryPolicy retryPolicy) {
        requireInProgress(command.attempt());
        Instant now = clock.instant();
        String reason = command.reason() == null || command.reason().isBlank() ? "-" : command.reason();
        Duration wait = command.retryable() ? retryPolicy.delayAfter(command.attempt()) : null;
        apply(new NotificationAttemptFailedEvent(notificationId, command.attempt(), reason, command.retryable(),
                wait == null ? null : now.plus(wait), now));
        if (wait == null) {
            apply(new NotificationAbandonedEvent(notificationId, reason));
        }
    }

    private void requireInProgress(int attempt) {
        if (state != State.SENDING || attempt != attempts) {
            throw new BusinessRuleViolation(ErrorCode.NOTIFICATION_NOT_SENDING, "attempt " + attempt + " of "
                    + notificationId + " is not in progress: " + state + " after " + attempts + " attempts");
        }
    }

    @EventSourcingHandler
    void on(TurnNotificationRequestedEvent event) {
        notificationId = event.notificationId();
        state = State.PENDING;
        attempts = 0;
        nextAttemptAt = event.requestedAt();
    }

    @EventSourcingHandler
    void on(NotificationAttemptStartedEvent event) {
        state = State.SENDING;
        attempts = event.attempt();
    }

    @EventSourcingHandler
    void on(NotificationDeliveredEvent event) {
        state = State.DELIVERED;
    }

    @EventSourcingHandler
    void on(NotificationAttemptFailedEvent event) {
        state = State.PENDING;
        nextAttemptAt = event.nextAttemptAt();
    }

    @EventSourcingHandler
    void on(NotificationAbandonedEvent event) {
        state = State.ABANDONED;
    }
}
