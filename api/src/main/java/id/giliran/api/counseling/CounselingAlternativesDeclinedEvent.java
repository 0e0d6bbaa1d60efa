package id.giliran.api.counseling;

import id.giliran.api.privacy.PersonalData;
import id.giliran.api.privacy.DataSubject;
import id.giliran.api.privacy.SubjectKind;

import java.time.Instant;

/** The student took none of the alternatives: the booking is cancelled and they are free again. */
public record CounselingAlternativesDeclinedEvent(String counselorId, String bookingId, @DataSubject(SubjectKind.ACCOUNT) String studentUsername, @PersonalData String reason, Instant declinedAt) {
}
