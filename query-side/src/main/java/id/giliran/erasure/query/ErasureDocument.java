package id.giliran.erasure.query;

import id.giliran.api.privacy.ErasureView;
import id.giliran.api.privacy.SubjectKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** One erasure done, as the erasure screen lists it. */
@Document("erasures")
record ErasureDocument(@Id String erasureId, SubjectKind kind, String subjectId, String subjectLabel,
                       String requestReference, String reason, String erasedBy, Instant erasedAt) {

    ErasureView toView() {
        return new ErasureView(erasureId, kind, subjectId, subjectLabel, requestReference, reason, erasedBy, erasedAt);
    }
}
