package id.giliran.api.audit;

/** The four kinds of audit entry: a change (a command), a read access, a security event, an export. */
public enum AuditEntryKind {
    CHANGE,
    ACCESS,
    SECURITY,
    EXPORT
}
