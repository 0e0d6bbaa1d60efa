package id.giliran.api.privacy;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

/**
 * What erasing one data subject would mean today, as the "Hapus data pribadi" screen shows it before the ADMIN
 * confirms: answered with {@code Optional<ErasureSubjectView>}, empty when there is no such patient (by id) or
 * account (by username). Answered from the aggregates by the same rule the erasure itself applies.
 */
@Permitted(Role.ADMIN)
public record FindErasureSubjectQuery(SubjectKind kind, String subjectId) {
}
