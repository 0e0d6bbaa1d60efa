package id.giliran.api.audit;

import java.time.Instant;

/**
 * The audit trail left the building: who exported it, from where, with which filter, in what format,
 * how many rows, and the final link of the rows' SHA-256 chain printed on the file, so a file shown
 * later can be matched to the export that made it.
 *
 * @param filter   the filter as text ("pengguna=…; jenis=ACCESS; 2026-11-01–2026-11-29"), no personal data
 * @param format   {@code CSV} or {@code PDF}
 * @param complete false when the download broke off before the last row
 */
public record AuditTrailExportedEvent(String filter, String format, long rows, String digest, boolean complete,
                                      String username, String roles, String clientAddress, Instant exportedAt) {
}
