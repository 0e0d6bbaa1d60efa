package id.giliran.api.audit;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

import java.time.LocalDate;

/**
 * The audit trail, newest first (ties by entry id, descending), filtered by any of: user (exact),
 * action (part of the command or security event name), days (inclusive, in the Puskesmas' zone),
 * aggregate or record (exact), kind of entry; at most {@code limit} entries (at most 1000), after
 * {@code after} when given, so a long trail is read page by page. Answered with a list of
 * {@link AuditEntryView}.
 */
@Permitted({Role.ADMIN, Role.AUDITOR})
public record FindAuditEntriesQuery(
        String username,
        String action,
        LocalDate from,
        LocalDate to,
        String aggregateId,
        AuditEntryKind kind,
        AuditCursor after,
        int limit) {

    public FindAuditEntriesQuery(String username, String action, LocalDate from, LocalDate to, String aggregateId,
                                 int limit) {
        this(username, action, from, to, aggregateId, null, null, limit);
    }

    /** The same filter, the page after {@code cursor}. */
    public FindAuditEntriesQuery after(AuditCursor cursor, int pageSize) {
        return new FindAuditEntriesQuery(username, action, from, to, aggregateId, kind, cursor, pageSize);
    }
}
