package id.giliran.api.counseling;

import java.time.Instant;

/** One chat message of a booking. */
public record CounselingMessageView(String messageId, String bookingId, String sender, String senderName,
                                    boolean fromCounselor, String text, Instant sentAt) {
}
