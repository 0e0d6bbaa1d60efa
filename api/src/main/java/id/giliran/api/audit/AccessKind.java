package id.giliran.api.audit;

/** Which kind of record a member of staff read (PMK 24/2022: every access to a record is traceable). */
public enum AccessKind {
    /** A patient's data opened (by id, or the one patient a NIK names). */
    PATIENT,
    /** A search for patients: the entry keeps the kind of key and the number of results, never the term. */
    PATIENT_SEARCH,
    /** The list of a patient's scans. */
    PATIENT_SCANS,
    /** One scan's file opened. */
    PATIENT_SCAN,
    /** A patient's visit card shown (to print). */
    VISIT_CARD,
    /** A registration opened. */
    REGISTRATION,
    /** BPJS asked about a participant for a registration. */
    BPJS_CHECK,
    /** A counseling booking opened by staff. */
    COUNSELING_BOOKING,
    /** The chat of a counseling booking read by staff. */
    COUNSELING_CHAT
}
