package id.giliran.api.history;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

import java.time.LocalDate;

/**
 * Finds a record the way a person knows it (see {@link RecordKind}); {@code date} only for a
 * ticket. Answers {@code Optional<RecordRef>}, empty when there is no such record.
 */
@Permitted({Role.AUDITOR, Role.ADMIN})
public record FindRecordQuery(RecordKind kind, String text, LocalDate date) {
}
