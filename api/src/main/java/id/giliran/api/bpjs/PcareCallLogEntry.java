package id.giliran.api.bpjs;

import java.time.Instant;

/**
 * One line of the bridging log ("Log BPJS"): a PCare call as {@link PcareCallRecordedEvent} recorded it,
 * masked.
 *
 * @param callId the identifier of the event that recorded it
 * @param at     when it was recorded
 */
public record PcareCallLogEntry(
        String callId,
        Instant at,
        String action,
        String method,
        String endpoint,
        String requestBody,
        String responseBody,
        Integer httpStatus,
        Integer bpjsCode,
        String bpjsMessage,
        long durationMillis,
        String outcome,
        String failure,
        String username,
        String requestedBy,
        String registrationId) {
}
