package id.giliran.bpjs.pcare;

import java.time.Instant;
import java.util.Map;

/**
 * The log record of one PCare call, safe to store: card numbers, NIKs, names, birth dates,
 * phone numbers and complaints are masked, secrets never appear (headers carry only the
 * consumer id and the timestamp in clear).
 *
 * @param startedAt      from the client's clock (the same instant as X-timestamp)
 * @param path           the endpoint path with identifying numbers masked
 * @param requestHeaders header names with masked values
 * @param requestBody    masked JSON sent, or {@code null}
 * @param responseBody   masked envelope with the decrypted response in place of the cipher text,
 *                       or a masked excerpt of what came back when it could not be read
 * @param httpStatus     {@code null} when no HTTP answer came
 * @param bpjsCode       metaData.code, {@code null} when absent
 * @param failure        {@code null} unless {@code outcome} is FAILURE
 */
public record PcareCall(
        PcareAction action,
        Instant startedAt,
        String method,
        String path,
        Map<String, String> requestHeaders,
        String requestBody,
        Integer httpStatus,
        Integer bpjsCode,
        String bpjsMessage,
        String responseBody,
        long durationMillis,
        PcareOutcome outcome,
        PcareFailure failure) {
}
