package id.giliran.api.counseling;

import id.giliran.api.privacy.PersonalData;
import id.giliran.api.privacy.DataSubject;
import id.giliran.api.privacy.SubjectKind;

import java.time.Instant;

/** A student (or someone for them) requested a session; it is pending and holds its slot. */
public record CounselingRequestedEvent(String counselorId, String bookingId, @DataSubject(SubjectKind.ACCOUNT) String studentUsername, @PersonalData String studentName, Slot slot, @PersonalData String topic, SessionChannel channel, OnBehalfRequest onBehalf, String requestedBy, Instant requestedAt) {
}
