package id.giliran.api.audit;

import java.time.Instant;

/** Where a page of the audit trail ends (newest first): the next page holds the entries after this one. */
public record AuditCursor(Instant at, String entryId) {
}
