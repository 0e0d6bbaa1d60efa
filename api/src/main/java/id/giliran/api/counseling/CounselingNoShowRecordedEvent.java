package id.giliran.api.counseling;

import java.time.Instant;

/** The student did not come to a confirmed session. */
public record CounselingNoShowRecordedEvent(String counselorId, String bookingId, String studentUsername, Slot slot, Instant recordedAt) {
}
