package id.giliran.audit.query;

import id.giliran.api.audit.AuditEntryKind;
import id.giliran.api.audit.AuditEntryView;
import id.giliran.api.audit.SecurityEventKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.Arrays;

/**
 * One entry of the trail. {@code kind} is null on entries written before kinds existed; their kind
 * follows from the action ({@link #kindOf}).
 */
@Document("audit_entries")
record AuditEntryDocument(@Id String entryId, Instant at, String username, String roles, String clientAddress,
                          String action, String aggregateId, boolean succeeded, String errorCode,
                          AuditEntryKind kind) {

    static final String REPORT_EXPORTED = "ReportExported";

    AuditEntryView toView() {
        return new AuditEntryView(entryId, at, username, roles, clientAddress, action, aggregateId, succeeded,
                errorCode, kind != null ? kind : kindOf(action));
    }

    /** The kind of an entry stored without one: security events by name, report exports, else a change. */
    static AuditEntryKind kindOf(String action) {
        if (action == null) {
            return AuditEntryKind.CHANGE;
        }
        if (Arrays.stream(SecurityEventKind.values()).anyMatch(kind -> kind.name().equals(action))) {
            return AuditEntryKind.SECURITY;
        }
        return action.startsWith(REPORT_EXPORTED) ? AuditEntryKind.EXPORT : AuditEntryKind.CHANGE;
    }
}
