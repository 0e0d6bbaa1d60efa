package id.giliran.api.privacy;

import java.time.Instant;

/** One erasure as the erasure screen lists it. */
public record ErasureView(String erasureId, SubjectKind kind, String subjectId, String subjectLabel,
                          String requestReference, String reason, String erasedBy, Instant erasedAt) {
}
