package id.giliran.api.report;

/**
 * BPJS bridging of a day or a period. Visits are counted by their visit (service) date, in the state
 * they are in now: bridged (PCare has it), failed (given up), pending (waiting or being sent) and
 * deleted (its registration was cancelled and the visit removed or being removed at PCare).
 * Participant checks are counted by the day they were made: active and inactive as recorded on a
 * registration, not found as PCare answered a check.
 */
public record BpjsFigures(
        long visitsBridged,
        long visitsFailed,
        long visitsPending,
        long visitsDeleted,
        long checksActive,
        long checksInactive,
        long checksNotFound) {

    public static final BpjsFigures NONE = new BpjsFigures(0, 0, 0, 0, 0, 0, 0);

    public long visits() {
        return visitsBridged + visitsFailed + visitsPending + visitsDeleted;
    }

    public long checks() {
        return checksActive + checksInactive + checksNotFound;
    }
}
