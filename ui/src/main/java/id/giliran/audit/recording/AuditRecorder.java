package id.giliran.audit.recording;

import id.giliran.api.audit.CommandOutcomeRecordedEvent;
import id.giliran.api.audit.ReportExportedEvent;
import id.giliran.api.audit.SecurityEventKind;
import id.giliran.api.audit.SecurityEventRecordedEvent;
import id.giliran.api.identity.Caller;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.messaging.GenericMessage;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Writes the audit trail into the event store itself: immutable, in order with everything else,
 * and replayable into the audit projection like any other read model.
 */
@Component
public class AuditRecorder {

    private final EventGateway eventGateway;
    private final TransactionManager transactionManager;
    private final Clock clock;

    AuditRecorder(EventGateway eventGateway, TransactionManager transactionManager, Clock clock) {
        this.eventGateway = eventGateway;
        this.transactionManager = transactionManager;
        this.clock = clock;
    }

    public void commandOutcome(Caller caller, String commandName, String aggregateId, String errorCode) {
        publish(caller, new CommandOutcomeRecordedEvent(commandName, aggregateId, errorCode == null, errorCode,
                caller.username(), caller.rolesText(), caller.clientAddress(), clock.instant()));
    }

    public void securityEvent(SecurityEventKind kind, String username, String clientAddress) {
        Caller caller = new Caller(username, java.util.Set.of(), clientAddress);
        publish(caller, new SecurityEventRecordedEvent(kind, username, clientAddress, clock.instant()));
    }

    /** A report left the building: who exported which report, in what format, for which period. */
    public void reportExported(Caller caller, String report, String format, java.time.LocalDate from,
                               java.time.LocalDate to) {
        publish(caller, new ReportExportedEvent(report, format, from, to, caller.username(), caller.rolesText(),
                caller.clientAddress(), clock.instant()));
    }

    /** An aggregate's timeline left the building: which aggregate, format, rows and the digest printed on it. */
    public void timelineExported(Caller caller, String aggregateId, String format, int rows, String digest) {
        publish(caller, new id.giliran.api.audit.TimelineExportedEvent(aggregateId, format, rows, digest,
                caller.username(), caller.rolesText(), caller.clientAddress(), clock.instant()));
    }

    private void publish(Caller caller, Object event) {
        transactionManager.executeInTransaction(
                () -> eventGateway.publish(GenericMessage.asMessage(event).andMetaData(caller.toMetaData())));
    }
}
