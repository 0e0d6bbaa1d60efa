package id.giliran.api.counseling;

import java.time.Instant;

/** A request was neither confirmed, postponed nor cancelled within 24 hours (seed 001): flagged to the counselor and ADMIN. */
public record CounselingResponseOverdueEvent(String counselorId, String bookingId, String studentUsername, Instant requestedAt, Instant flaggedAt) {
}
