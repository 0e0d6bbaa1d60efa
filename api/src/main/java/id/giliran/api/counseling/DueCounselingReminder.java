package id.giliran.api.counseling;

import java.time.LocalDateTime;

/** A reminder the sender should ask the counselor's calendar to send. */
public record DueCounselingReminder(String counselorId, String bookingId, ReminderKind kind, LocalDateTime sessionStart) {
}
