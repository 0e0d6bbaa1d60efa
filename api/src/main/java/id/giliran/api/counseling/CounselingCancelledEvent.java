package id.giliran.api.counseling;

import id.giliran.api.privacy.PersonalData;
import id.giliran.api.privacy.DataSubject;
import id.giliran.api.privacy.SubjectKind;

import java.time.Instant;

/** A live booking was cancelled with a reason; its time is free again. byStudent tells which side cancelled. */
public record CounselingCancelledEvent(String counselorId, String bookingId, @DataSubject(SubjectKind.ACCOUNT) String studentUsername, Slot slot, @PersonalData String reason, boolean byStudent, String cancelledBy, Instant cancelledAt) {
}
