package id.giliran.api.bpjs;

import id.giliran.api.privacy.PersonalData;
import id.giliran.api.privacy.DataSubject;
import id.giliran.api.privacy.SubjectKind;

import java.time.Instant;

/**
 * One call to BPJS PCare happened (a participant check, a visit added, deleted or read, a reference list),
 * as the bridging log keeps it. Everything in it is already masked by the adapter: card numbers, NIKs,
 * names, birth dates and complaints never appear in clear, and no secret (consumer secret, user key,
 * password, signature, authorization) is ever part of it.
 *
 * @param action         the adapter's name of the operation, e.g. {@code FIND_PARTICIPANT_BY_CARD}, {@code ADD_VISIT}
 * @param method         HTTP method
 * @param endpoint       the path below the base URL, identifying numbers masked
 * @param requestBody    masked JSON sent, or {@code null}
 * @param responseBody   masked answer (the decrypted response in place of the cipher text), or {@code null}
 * @param httpStatus     {@code null} when no HTTP answer came (timeout, no connection)
 * @param bpjsCode       BPJS's metaData.code, {@code null} when absent
 * @param bpjsMessage    BPJS's metaData.message, masked
 * @param durationMillis from sending the request to reading the answer (or giving up)
 * @param outcome        {@code SUCCESS}, {@code NO_DATA} or {@code FAILURE}
 * @param failure        the adapter's failure kind (e.g. {@code TIMEOUT}, {@code SERVER_ERROR}) when the outcome is
 *                       {@code FAILURE}, else {@code null}
 * @param username       who caused the call: the signed-in officer for a check, {@code system} for the background
 *                       sender
 * @param requestedBy    for background calls, the officer who asked for the work ("Daftarkan ke BPJS"); else
 *                       {@code null}
 * @param registrationId the registration the call was made for, when there is one
 * @param startedAt      when the request was sent (the X-timestamp of the request)
 */
public record PcareCallRecordedEvent(
        String action,
        String method,
        String endpoint,
        @PersonalData String requestBody,
        @PersonalData String responseBody,
        Integer httpStatus,
        Integer bpjsCode,
        String bpjsMessage,
        long durationMillis,
        String outcome,
        String failure,
        String username,
        String requestedBy,
        String registrationId,
        Instant startedAt,
        @DataSubject(SubjectKind.PATIENT) String patientId) {
}
