package id.giliran.api.counseling;

import java.time.Instant;

/** The counselor confirmed a pending booking. */
public record CounselingConfirmedEvent(String counselorId, String bookingId, String studentUsername, Slot slot, String confirmedBy, Instant confirmedAt) {
}
