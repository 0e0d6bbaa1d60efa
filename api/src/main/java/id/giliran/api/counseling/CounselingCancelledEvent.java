package id.giliran.api.counseling;

import java.time.Instant;

/** A live booking was cancelled with a reason; its time is free again. byStudent tells which side cancelled. */
public record CounselingCancelledEvent(String counselorId, String bookingId, String studentUsername, Slot slot, String reason, boolean byStudent, String cancelledBy, Instant cancelledAt) {
}
