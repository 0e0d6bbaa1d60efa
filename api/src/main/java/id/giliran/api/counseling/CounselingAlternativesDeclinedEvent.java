package id.giliran.api.counseling;

import java.time.Instant;

/** The student took none of the alternatives: the booking is cancelled and they are free again. */
public record CounselingAlternativesDeclinedEvent(String counselorId, String bookingId, String studentUsername, String reason, Instant declinedAt) {
}
