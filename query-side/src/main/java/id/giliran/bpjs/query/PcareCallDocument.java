package id.giliran.bpjs.query;

import id.giliran.api.bpjs.PcareCallLogEntry;
import id.giliran.api.privacy.PersonalData;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * One PCare call of the bridging log, masked as the adapter recorded it; keyed by its event. {@code patientId}:
 * the patient the call was made for (named by the call, or found through its registration), null when none is
 * known (reference lists).
 */
@Document("bpjs_call_log")
record PcareCallDocument(@Id String callId, Instant at, Instant startedAt, String action, String method,
                         String endpoint, String requestBody, String responseBody, Integer httpStatus,
                         Integer bpjsCode, String bpjsMessage, long durationMillis, String outcome, String failure,
                         String username, String requestedBy, String registrationId, String patientId) {

    /** What is left of a card number or NIK the adapter masked ("*********7890", "320101******0002"). */
    private static final Pattern MASKED_NUMBER = Pattern.compile("[0-9]*\\*{2,}[0-9]*");

    PcareCallLogEntry toView() {
        return new PcareCallLogEntry(callId, at, action, method, endpoint, requestBody, responseBody, httpStatus,
                bpjsCode, bpjsMessage, durationMillis, outcome, failure, username, requestedBy, registrationId);
    }

    /**
     * The call of an erased patient: the bodies read "[dihapus]", and the masked numbers left in the endpoint and
     * BPJS's message too; what was called, when, how it went and how long it took stay.
     */
    PcareCallDocument blanked() {
        return new PcareCallDocument(callId, at, startedAt, action, method, withoutNumbers(endpoint),
                requestBody == null ? null : PersonalData.ERASED, responseBody == null ? null : PersonalData.ERASED,
                httpStatus, bpjsCode, withoutNumbers(bpjsMessage), durationMillis, outcome, failure, username,
                requestedBy, registrationId, patientId);
    }

    private static String withoutNumbers(String text) {
        return text == null ? null : MASKED_NUMBER.matcher(text).replaceAll(PersonalData.ERASED);
    }
}
