package id.giliran.api.privacy;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * "Hapus data pribadi": erase a data subject's personal data on a documented request. Its key is destroyed, so
 * every personal field of every event, read model, timeline, export and replay reads "[dihapus]" from then on;
 * numbers, times and counts stay. A patient's medical record is refused inside the retention period
 * (ERASURE_RETENTION); an account holder's data (counseling, booking contacts) may go at once.
 *
 * @param erasureId        {@code ERASURE:<kind>:<subject id>}, see {@link #idOf}: one erasure per subject
 * @param requestReference the number or description of the written request (a letter, a form), required
 * @param reason           why, required
 */
@Permitted(Role.ADMIN)
public record ErasePersonalDataCommand(@TargetAggregateIdentifier String erasureId, SubjectKind kind,
                                       String subjectId, String requestReference, String reason) {

    public static String idOf(SubjectKind kind, String subjectId) {
        return "ERASURE:" + kind.name() + ":" + subjectId;
    }
}
