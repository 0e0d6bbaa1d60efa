package id.giliran.api.audit;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

import java.time.LocalDate;

/**
 * The audit trail, newest first, filtered by any of: user (exact), action (part of the command or
 * security event name), days (inclusive, in the Puskesmas' zone), aggregate (exact); at most
 * {@code limit} entries. Answered with a list of {@link AuditEntryView}.
 */
@Permitted({Role.ADMIN, Role.AUDITOR})
public record FindAuditEntriesQuery(
        String username,
        String action,
        LocalDate from,
        LocalDate to,
        String aggregateId,
        int limit) {
}
