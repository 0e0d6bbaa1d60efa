package id.giliran.bpjs.query;

import id.giliran.api.bpjs.PcareCallLogEntry;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** One PCare call of the bridging log, masked as the adapter recorded it; keyed by its event. */
@Document("bpjs_call_log")
record PcareCallDocument(@Id String callId, Instant at, Instant startedAt, String action, String method,
                         String endpoint, String requestBody, String responseBody, Integer httpStatus,
                         Integer bpjsCode, String bpjsMessage, long durationMillis, String outcome, String failure,
                         String username, String requestedBy, String registrationId) {

    PcareCallLogEntry toView() {
        return new PcareCallLogEntry(callId, at, action, method, endpoint, requestBody, responseBody, httpStatus,
                bpjsCode, bpjsMessage, durationMillis, outcome, failure, username, requestedBy, registrationId);
    }
}
