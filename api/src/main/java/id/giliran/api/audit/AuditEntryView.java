package id.giliran.api.audit;

import java.time.Instant;

/**
 * One audit entry.
 *
 * @param action    the command name (e.g. {@code CallTicketCommand}) or the security event (e.g. {@code LOGIN})
 * @param errorCode null when the action succeeded
 * @param kind      a change, a read access, a security event or an export
 */
public record AuditEntryView(
        String entryId,
        Instant at,
        String username,
        String roles,
        String clientAddress,
        String action,
        String aggregateId,
        boolean succeeded,
        String errorCode,
        AuditEntryKind kind) {
}
