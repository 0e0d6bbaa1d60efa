package id.giliran.api.counseling;

import java.time.Instant;
import java.util.List;

/** The counselor postponed a booking ("undur") with a reason and offered alternatives, which the booking now holds instead of its old slot. */
public record CounselingPostponedEvent(String counselorId, String bookingId, String studentUsername, Slot previousSlot, String reason, List<Slot> alternatives, String postponedBy, Instant postponedAt) {
}
