package id.giliran.api.counseling;

import java.time.Instant;

/** A student (or someone for them) requested a session; it is pending and holds its slot. */
public record CounselingRequestedEvent(String counselorId, String bookingId, String studentUsername, String studentName, Slot slot, String topic, SessionChannel channel, OnBehalfRequest onBehalf, String requestedBy, Instant requestedAt) {
}
