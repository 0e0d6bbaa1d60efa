package id.giliran.api.bpjs;

/** Kind of care of a PCare visit (BPJS "tempat kunjungan"). */
public enum CareType {
    /** Rawat jalan tingkat pertama. */
    OUTPATIENT,
    /** Rawat inap tingkat pertama. */
    INPATIENT,
    /** Promotif preventif. */
    PROMOTIVE
}
