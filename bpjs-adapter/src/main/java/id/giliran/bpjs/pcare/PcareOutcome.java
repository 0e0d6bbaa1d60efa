package id.giliran.bpjs.pcare;

/** How a logged PCare call ended. */
public enum PcareOutcome {
    SUCCESS,
    /** BPJS answered "no data" (204 or not found) and the operation reports that as empty. */
    NO_DATA,
    FAILURE
}
