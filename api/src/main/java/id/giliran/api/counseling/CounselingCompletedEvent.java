package id.giliran.api.counseling;

import java.time.Instant;

/** The counselor marked a session done. */
public record CounselingCompletedEvent(String counselorId, String bookingId, String studentUsername, Slot slot, Instant completedAt) {
}
