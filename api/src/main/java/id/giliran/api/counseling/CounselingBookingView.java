package id.giliran.api.counseling;

import java.time.Instant;
import java.util.List;

/**
 * A counseling booking as its student, its counselor and ADMIN see it.
 *
 * @param slot          the session's time (for a postponed booking: the time it had before)
 * @param reason        the latest cancel or postpone reason, or null
 * @param alternatives  the times offered while the booking is postponed
 * @param outsideHours  the counselor's hours changed and the session no longer lies inside them
 * @param overdue       not answered within 24 hours of the request
 */
public record CounselingBookingView(String bookingId, String counselorId, String counselorName,
                                    String studentUsername, String studentName, Slot slot, String topic,
                                    SessionChannel channel, CounselingStatus status, OnBehalfRequest onBehalf,
                                    String requestedBy, Instant requestedAt, String reason, List<Slot> alternatives,
                                    boolean outsideHours, boolean overdue, Instant updatedAt) {
}
