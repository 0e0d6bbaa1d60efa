package id.giliran.report.query;

import id.giliran.api.report.BpjsFigures;
import org.bson.Document;

/**
 * The BPJS figures of a day's entries, added together over days. Visits ({@code visits.<registration>})
 * keep the bridging status as the registration read model derives it, plus whether deleting the visit
 * was asked for; checks ({@code checks.<key>.outcome}) what a participant check came to.
 */
final class BpjsTally {

    static final String VISITS = "visits";
    static final String CHECKS = "checks";
    static final String STATUS = "status";
    static final String DELETION_REQUESTED = "deletionRequested";
    static final String OUTCOME = "outcome";
    static final String ACTIVE = "ACTIVE";
    static final String INACTIVE = "INACTIVE";
    static final String NOT_FOUND = "NOT_FOUND";

    private long bridged;
    private long failed;
    private long pending;
    private long deleted;
    private long active;
    private long inactive;
    private long notFound;

    static Document summary(Document day) {
        BpjsTally tally = new BpjsTally();
        Document visits = day.get(VISITS, Document.class);
        if (visits != null) {
            visits.values().forEach(visit -> tally.addVisit((Document) visit));
        }
        Document checks = day.get(CHECKS, Document.class);
        if (checks != null) {
            checks.values().forEach(check -> {
                switch (String.valueOf(((Document) check).getString(OUTCOME))) {
                    case ACTIVE -> tally.active++;
                    case INACTIVE -> tally.inactive++;
                    case NOT_FOUND -> tally.notFound++;
                    default -> {
                    }
                }
            });
        }
        return tally.toDocument();
    }

    /**
     * As the registration read model: once deleting is asked for, the visit counts as deleted, except
     * while an attempt to add it is still under way (deleting starts after its outcome).
     */
    private void addVisit(Document visit) {
        String status = visit.getString(STATUS);
        if (status == null) {
            return;
        }
        boolean deletionRequested = Boolean.TRUE.equals(visit.getBoolean(DELETION_REQUESTED));
        switch (status) {
            case "DELETE_PENDING", "DELETING", "DELETED", "DELETE_FAILED" -> deleted++;
            case "SENDING" -> pending++;
            default -> {
                if (deletionRequested) {
                    deleted++;
                } else if ("BRIDGED".equals(status)) {
                    bridged++;
                } else if ("FAILED".equals(status)) {
                    failed++;
                } else {
                    pending++;
                }
            }
        }
    }

    BpjsTally add(BpjsTally other) {
        bridged += other.bridged;
        failed += other.failed;
        pending += other.pending;
        deleted += other.deleted;
        active += other.active;
        inactive += other.inactive;
        notFound += other.notFound;
        return this;
    }

    BpjsFigures figures() {
        return new BpjsFigures(bridged, failed, pending, deleted, active, inactive, notFound);
    }

    Document toDocument() {
        return new Document("bridged", bridged).append("failed", failed).append("pending", pending)
                .append("deleted", deleted).append("active", active).append("inactive", inactive)
                .append("notFound", notFound);
    }

    static BpjsTally of(Document summary) {
        BpjsTally tally = new BpjsTally();
        tally.bridged = QueueTally.number(summary, "bridged");
        tally.failed = QueueTally.number(summary, "failed");
        tally.pending = QueueTally.number(summary, "pending");
        tally.deleted = QueueTally.number(summary, "deleted");
        tally.active = QueueTally.number(summary, "active");
        tally.inactive = QueueTally.number(summary, "inactive");
        tally.notFound = QueueTally.number(summary, "notFound");
        return tally;
    }
}
