package id.giliran.api.counseling;

import id.giliran.api.privacy.PersonalData;
import id.giliran.api.privacy.DataSubject;
import id.giliran.api.privacy.SubjectKind;

import java.time.Instant;
import java.util.List;

/** The counselor postponed a booking ("undur") with a reason and offered alternatives, which the booking now holds instead of its old slot. */
public record CounselingPostponedEvent(String counselorId, String bookingId, @DataSubject(SubjectKind.ACCOUNT) String studentUsername, Slot previousSlot, @PersonalData String reason, List<Slot> alternatives, String postponedBy, Instant postponedAt) {
}
