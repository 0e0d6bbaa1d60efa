package id.giliran.counseling.query;

import id.giliran.api.counseling.CounselingBookingView;
import id.giliran.api.counseling.CounselingStatus;
import id.giliran.api.counseling.OnBehalfRequest;
import id.giliran.api.counseling.ReminderKind;
import id.giliran.api.counseling.SessionChannel;
import id.giliran.counseling.query.SchoolTime.SlotDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A counseling booking in the read model. {@code slot} is the session's time (while postponed: the
 * time it had before); {@code confirmedAt} the moment it was last confirmed (or an alternative
 * accepted); {@code remindersSent} the reminders given, each for the session start it was for.
 * {@code topic}, {@code reason} and the texts of {@code onBehalf} are sealed with the student's key
 * (or the erased mark); {@link #toView} opens them.
 */
@Document("counseling_bookings")
record CounselingBookingDocument(@Id String bookingId, String counselorId, String studentUsername, String studentName,
                                 SlotDocument slot, String topic, SessionChannel channel, CounselingStatus status,
                                 OnBehalfRequest onBehalf, String requestedBy, Instant requestedAt, String reason,
                                 List<SlotDocument> alternatives, boolean outsideHours, boolean overdue,
                                 Instant confirmedAt, List<SentReminderDocument> remindersSent, Instant updatedAt) {

    CounselingBookingView toView(String counselorName, UnaryOperator<String> open) {
        OnBehalfRequest opened = onBehalf == null ? null
                : new OnBehalfRequest(open.apply(onBehalf.requesterName()), onBehalf.relation(),
                open.apply(onBehalf.reason()));
        return new CounselingBookingView(bookingId, counselorId, counselorName, studentUsername, studentName,
                slot == null ? null : slot.toSlot(), open.apply(topic), channel, status, opened, requestedBy,
                requestedAt, open.apply(reason),
                alternatives == null ? List.of() : alternatives.stream().map(SlotDocument::toSlot).toList(),
                outsideHours, overdue, updatedAt);
    }

    boolean reminderSent(ReminderKind kind, String start) {
        return remindersSent != null && remindersSent.contains(new SentReminderDocument(kind, start));
    }

    /** A reminder given for the session that started at {@code start} ({@link SchoolTime} text). */
    record SentReminderDocument(ReminderKind kind, String start) {
    }
}
