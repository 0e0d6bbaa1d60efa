package id.giliran.api.registration;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * The registrations of a service date with a PCare visit, by bridging status.
 *
 * @param byStatus how many registrations are in each status (absent: none)
 */
public record BpjsVisitCounts(LocalDate visitDate, Map<BpjsBridgingStatus, Integer> byStatus) {

    public BpjsVisitCounts {
        byStatus = byStatus.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(byStatus));
    }

    public int count(BpjsBridgingStatus status) {
        return byStatus.getOrDefault(status, 0);
    }

    /** PCare has the visit. */
    public int bridged() {
        return count(BpjsBridgingStatus.BRIDGED);
    }

    /** Given up: refused by PCare or out of retries. */
    public int failed() {
        return count(BpjsBridgingStatus.FAILED);
    }

    /** Waiting for an attempt or being sent now. */
    public int pending() {
        return count(BpjsBridgingStatus.PENDING) + count(BpjsBridgingStatus.SENDING);
    }

    /** Visits of cancelled registrations: deleted, still to delete, or deleting given up. */
    public int deletions() {
        return count(BpjsBridgingStatus.DELETED) + count(BpjsBridgingStatus.DELETE_PENDING)
                + count(BpjsBridgingStatus.DELETING) + count(BpjsBridgingStatus.DELETE_FAILED);
    }
}
