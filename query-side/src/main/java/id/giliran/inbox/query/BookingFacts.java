package id.giliran.inbox.query;

import id.giliran.api.counseling.SessionChannel;
import id.giliran.api.counseling.Slot;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDateTime;

/**
 * What the inbox remembers of a booking to word the notices of its later events, which carry only
 * ids: the student's name (stored sealed with the student's key, see {@link InboxDirectory}), the
 * channel and the latest agreed time (ISO text in the school's zone, free of the server's time
 * zone). The topic is not kept: no later notice tells it.
 */
@Document("inbox_bookings")
record BookingFacts(@Id String bookingId, String counselorId, String studentUsername, String studentName,
                    SessionChannel channel, String start, String end) {

    static BookingFacts of(String bookingId, String counselorId, String studentUsername, String studentName,
                           SessionChannel channel, Slot slot) {
        return new BookingFacts(bookingId, counselorId, studentUsername, studentName, channel,
                slot == null ? null : slot.start().toString(), slot == null ? null : slot.end().toString());
    }

    Slot slot() {
        return start == null ? null : new Slot(LocalDateTime.parse(start), LocalDateTime.parse(end));
    }

    BookingFacts withStudentName(String name) {
        return new BookingFacts(bookingId, counselorId, studentUsername, name, channel, start, end);
    }
}
