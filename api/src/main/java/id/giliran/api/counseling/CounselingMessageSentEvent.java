package id.giliran.api.counseling;

import java.time.Instant;

/** A chat message about a booking was sent by its student or its counselor. */
public record CounselingMessageSentEvent(String counselorId, String bookingId, String messageId, String studentUsername,
                                         String sender, boolean fromCounselor, String text, Instant sentAt) {
}
