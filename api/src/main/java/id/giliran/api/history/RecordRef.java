package id.giliran.api.history;

/**
 * A record found: the aggregate whose events tell its history, its type, and, where the record lives
 * inside a larger aggregate (a counseling booking in its counselor's calendar), the record's own id
 * ({@code focusId}, else null) so that timeline and state keep to that record.
 */
public record RecordRef(RecordKind kind, String aggregateId, String focusId) {
}
