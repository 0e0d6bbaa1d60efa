package id.giliran.audit.recording;

import id.giliran.api.audit.AccessKind;
import id.giliran.api.audit.AuditTrailExportedEvent;
import id.giliran.api.audit.CommandOutcomeRecordedEvent;
import id.giliran.api.audit.LookupKey;
import id.giliran.api.audit.RecordAccessedEvent;
import id.giliran.api.audit.ReportExportedEvent;
import id.giliran.api.audit.SecurityEventKind;
import id.giliran.api.audit.SecurityEventRecordedEvent;
import id.giliran.api.common.ErrorCode;
import id.giliran.api.identity.Caller;
import id.giliran.api.identity.Role;
import id.giliran.ui.ErrorText.UserError;
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

    /**
     * Staff read a record (PMK 24/2022): who, from where, which kind of record and its id, when; no
     * personal data. Called BEFORE the record is shown: when the entry cannot be written the read is
     * refused ({@link ErrorCode#ACCESS_NOT_RECORDED}), because an untraceable read of a medical record
     * is what the rule forbids, while a refused read is only a retry. Reads by the data subject
     * themselves (a student their own booking) and by nobody signed in are not staff access and are
     * not recorded.
     *
     * @param recordId  the record's id, null for a search
     * @param lookupKey the kind of key looked up by, never the key
     * @param results   a search's number of results, else null
     */
    public void recordAccessed(Caller caller, AccessKind kind, String recordId, LookupKey lookupKey, Integer results) {
        if (!isStaff(caller)) {
            return;
        }
        try {
            publish(caller, new RecordAccessedEvent(kind, recordId, lookupKey, results, caller.username(),
                    caller.rolesText(), caller.clientAddress(), clock.instant()));
        } catch (RuntimeException failure) {
            throw new UserError(ErrorCode.ACCESS_NOT_RECORDED, "access " + kind + " not recorded: "
                    + failure.getClass().getSimpleName());
        }
    }

    /** A record opened by its id. */
    public void recordAccessed(Caller caller, AccessKind kind, String recordId) {
        recordAccessed(caller, kind, recordId, null, null);
    }

    /** The audit trail left the building: filter, format, rows, and the chain's final digest. */
    public void auditTrailExported(Caller caller, String filter, String format, long rows, String digest,
                                   boolean complete) {
        publish(caller, new AuditTrailExportedEvent(filter, format, rows, digest, complete, caller.username(),
                caller.rolesText(), caller.clientAddress(), clock.instant()));
    }

    /** Staff are the signed-in roles that read other people's records. */
    static boolean isStaff(Caller caller) {
        return caller.hasAnyRole(Role.ADMIN, Role.PETUGAS_LOKET, Role.KONSELOR, Role.AUDITOR);
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
