package id.giliran.api.audit;

import java.time.Instant;

/**
 * An aggregate's timeline was exported: which aggregate, in what format, how many rows, the
 * digest printed on it, by whom and from where. Part of the audit trail; no personal data.
 *
 * @param format {@code CSV} or {@code PDF}
 */
public record TimelineExportedEvent(String aggregateId, String format, int rows, String digest, String username,
                                    String roles, String clientAddress, Instant exportedAt) {
}
