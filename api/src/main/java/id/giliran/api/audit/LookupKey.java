package id.giliran.api.audit;

/** By which kind of key a record was looked up; the key itself is never part of the audit trail. */
public enum LookupKey {
    NO_RM,
    NIK,
    BPJS,
    NAME
}
