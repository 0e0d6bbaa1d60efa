package id.giliran.api.counseling;

import java.time.Instant;

/** The student took an offered alternative: the booking is confirmed at that slot; the other alternatives are free again. */
public record CounselingAlternativeAcceptedEvent(String counselorId, String bookingId, String studentUsername, Slot slot, Instant acceptedAt) {
}
