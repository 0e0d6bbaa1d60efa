package id.giliran.api.patient;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

/**
 * Returning patients by No. RM, NIK, BPJS number or name; answered with a ranked
 * {@code List<PatientSummary>} of at most {@code limit}: exact No. RM / NIK / BPJS number first,
 * then names starting with the text, then names with a word starting with it, then names containing
 * it (ties by name). Names match regardless of case and accents ("sítí" finds "Siti").
 */
@Permitted({Role.PETUGAS_LOKET, Role.ADMIN})
public record SearchPatientsQuery(String text, int limit) {
}
