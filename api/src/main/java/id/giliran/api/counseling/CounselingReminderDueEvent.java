package id.giliran.api.counseling;

import java.time.Instant;

/** A reminder of a confirmed session is due, to the student and the counselor; once per kind and session start. */
public record CounselingReminderDueEvent(String counselorId, String bookingId, String studentUsername, ReminderKind kind, Slot slot, Instant dueAt) {
}
