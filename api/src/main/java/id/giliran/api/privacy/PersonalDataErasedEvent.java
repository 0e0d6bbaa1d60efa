package id.giliran.api.privacy;

import java.time.Instant;

/**
 * A data subject's personal data was erased: its key is destroyed, and every read model blanks the subject's
 * personal fields on this event. The event itself holds no personal data: the subject by its id (a patient id, a
 * username), the request's reference and the reason as the ADMIN wrote them (they must not quote the data).
 */
public record PersonalDataErasedEvent(String erasureId, SubjectKind kind, String subjectId, String requestReference,
                                      String reason, String erasedBy, Instant erasedAt) {
}
