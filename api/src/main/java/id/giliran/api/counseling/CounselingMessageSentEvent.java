package id.giliran.api.counseling;

import id.giliran.api.privacy.PersonalData;
import id.giliran.api.privacy.DataSubject;
import id.giliran.api.privacy.SubjectKind;

import java.time.Instant;

/** A chat message about a booking was sent by its student or its counselor. */
public record CounselingMessageSentEvent(String counselorId, String bookingId, String messageId, @DataSubject(SubjectKind.ACCOUNT) String studentUsername,
                                         String sender, boolean fromCounselor, @PersonalData String text, Instant sentAt) {
}
