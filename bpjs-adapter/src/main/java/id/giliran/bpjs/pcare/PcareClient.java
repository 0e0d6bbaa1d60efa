package id.giliran.bpjs.pcare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.giliran.api.bpjs.BpjsClinic;
import id.giliran.api.bpjs.BpjsDoctor;
import id.giliran.api.bpjs.BpjsPage;
import id.giliran.api.bpjs.BpjsVisit;
import id.giliran.api.bpjs.Participant;
import id.giliran.api.bpjs.VisitNumber;
import id.giliran.api.bpjs.VisitRegistration;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * {@link PcarePort} over HTTP with {@link HttpClient}: signs each request, decrypts and
 * decompresses each answer with that request's timestamp, maps BPJS's codes to
 * {@link PcareFailure}s and reports every call to a {@link PcareCallListener}. Plain Java,
 * thread-safe.
 */
public final class PcareClient implements PcarePort {

    private static final Pattern PATH_SEGMENT = Pattern.compile("[A-Za-z0-9._-]+");

    private final Supplier<PcareSettings> settings;
    private final Clock clock;
    private final PcareCallListener listener;
    /** Given by the caller, used for every call; {@code null}: built per connect timeout. */
    private final HttpClient fixedHttp;
    private final AtomicReference<TimedHttpClient> http = new AtomicReference<>();
    private final ObjectMapper json = new ObjectMapper();

    public PcareClient(PcareSettings settings, Clock clock, PcareCallListener listener) {
        this(fixed(settings), clock, listener, null);
    }

    public PcareClient(PcareSettings settings, Clock clock, PcareCallListener listener, HttpClient http) {
        this(fixed(settings), clock, listener, Objects.requireNonNull(http, "http"));
    }

    /**
     * A client that asks {@code settings} before every call, so changed settings (an admin saving new
     * credentials) take effect at the next call without a restart.
     */
    public PcareClient(Supplier<PcareSettings> settings, Clock clock, PcareCallListener listener) {
        this(settings, clock, listener, null);
    }

    private PcareClient(Supplier<PcareSettings> settings, Clock clock, PcareCallListener listener, HttpClient http) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.listener = listener == null ? PcareCallListener.NONE : listener;
        this.fixedHttp = http;
    }

    private static Supplier<PcareSettings> fixed(PcareSettings settings) {
        Objects.requireNonNull(settings, "settings");
        return () -> settings;
    }

    /** One HTTP client per connect timeout (the JDK client fixes it when built); rebuilt when it changes. */
    private HttpClient http(PcareSettings current) {
        if (fixedHttp != null) {
            return fixedHttp;
        }
        TimedHttpClient cached = http.get();
        if (cached != null && cached.connectTimeout().equals(current.connectTimeout())) {
            return cached.client();
        }
        TimedHttpClient built = new TimedHttpClient(current.connectTimeout(),
                HttpClient.newBuilder().connectTimeout(current.connectTimeout()).build());
        http.set(built);
        return built.client();
    }

    private record TimedHttpClient(java.time.Duration connectTimeout, HttpClient client) {
    }

    @Override
    public Optional<Participant> findParticipantByCardNumber(String cardNumber) {
        return call(PcareAction.FIND_PARTICIPANT_BY_CARD, "GET", "/peserta/" + segment(cardNumber), null, true,
                data -> PcareMapping.participant(read(data, PcareDtos.Peserta.class)));
    }

    @Override
    public Optional<Participant> findParticipantByNik(String nik) {
        return call(PcareAction.FIND_PARTICIPANT_BY_NIK, "GET", "/peserta/nik/" + segment(nik), null, true,
                data -> PcareMapping.participant(read(data, PcareDtos.Peserta.class)));
    }

    @Override
    public VisitNumber addVisit(VisitRegistration registration) {
        PcareDtos.Pendaftaran body = PcareMapping.pendaftaran(registration);
        String queueNumber = call(PcareAction.ADD_VISIT, "POST", "/pendaftaran", body, false, data -> {
            PcareDtos.FieldMessage answer = read(data, PcareDtos.FieldMessage.class);
            if (answer.message() == null || answer.message().isBlank()) {
                throw new IllegalArgumentException("no noUrut in the answer");
            }
            return answer.message();
        }).orElseThrow();
        return new VisitNumber(registration.cardNumber(), registration.visitDate(), registration.clinicCode(),
                queueNumber);
    }

    @Override
    public void deleteVisit(VisitNumber visit) {
        String path = "/pendaftaran/peserta/" + segment(visit.cardNumber())
                + "/tglDaftar/" + visit.visitDate().format(PcareMapping.BPJS_DATE)
                + "/noUrut/" + segment(visit.queueNumber())
                + "/kdPoli/" + segment(visit.clinicCode());
        call(PcareAction.DELETE_VISIT, "DELETE", path, null, false, null);
    }

    @Override
    public BpjsPage<BpjsVisit> findVisits(LocalDate visitDate, int start, int limit) {
        String path = "/pendaftaran/tglDaftar/" + visitDate.format(PcareMapping.BPJS_DATE) + "/" + start + "/" + limit;
        return page(PcareAction.LIST_VISITS, path, PcareDtos.Kunjungan.class, PcareMapping::visit);
    }

    @Override
    public BpjsPage<BpjsClinic> findClinics(int start, int limit) {
        return page(PcareAction.LIST_CLINICS, "/poli/fktp/" + start + "/" + limit, PcareDtos.Poli.class,
                PcareMapping::clinic);
    }

    @Override
    public BpjsPage<BpjsDoctor> findDoctors(int start, int limit) {
        return page(PcareAction.LIST_DOCTORS, "/dokter/" + start + "/" + limit, PcareDtos.Dokter.class,
                PcareMapping::doctor);
    }

    private <D, T> BpjsPage<T> page(PcareAction action, String path, Class<D> type, Function<D, T> mapper) {
        return call(action, "GET", path, null, true, data -> {
            JsonNode list = data.path("list");
            if (!list.isArray()) {
                throw new IllegalArgumentException("no list in the answer");
            }
            List<T> items = new ArrayList<>();
            for (JsonNode element : list) {
                items.add(mapper.apply(read(element, type)));
            }
            return new BpjsPage<>(data.path("count").asInt(items.size()), items);
        }).orElseGet(BpjsPage::empty);
    }

    private <T> T read(JsonNode node, Class<T> type) {
        try {
            return json.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            // where it went wrong, not what was there: Jackson's message quotes the value (a name, a date of birth)
            throw new IllegalArgumentException("unexpected " + type.getSimpleName()
                    + (e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping
                            ? " at " + mapping.getPathReference() : "") + " (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static String segment(String value) {
        if (value == null || !PATH_SEGMENT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a valid PCare path value: " + PcareMasking.text(value));
        }
        return value;
    }

    /**
     * One exchange. {@code reader} turns the decrypted response into the result; without a
     * reader the response is not read. Empty when BPJS has no data and {@code emptyOnNoData}.
     */
    private <T> Optional<T> call(PcareAction action, String method, String path, Object body, boolean emptyOnNoData,
                                 Function<JsonNode, T> reader) {
        PcareSettings settings = Objects.requireNonNull(this.settings.get(), "PCare settings");
        Instant startedAt = clock.instant();
        long timestamp = startedAt.getEpochSecond();
        long started = System.nanoTime();
        Trace trace = new Trace(action, startedAt, method, path, settings);
        try {
            String requestJson = body == null ? null : json.writeValueAsString(body);
            trace.requestBody = requestJson == null ? null : masked(requestJson);
            HttpResponse<String> response = send(method, path, requestJson, timestamp, trace);
            T result = interpret(response, timestamp, emptyOnNoData, reader, trace);
            if (trace.outcome == null) {
                trace.outcome = PcareOutcome.SUCCESS;
            }
            return Optional.ofNullable(result);
        } catch (PcareException e) {
            trace.outcome = PcareOutcome.FAILURE;
            trace.failure = e.failure();
            throw e;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write PCare request", e);
        } finally {
            trace.durationMillis = (System.nanoTime() - started) / 1_000_000;
            report(trace);
        }
    }

    private HttpResponse<String> send(String method, String path, String requestJson, long timestamp, Trace trace) {
        PcareSettings settings = trace.settings;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.baseUrl() + path))
                .timeout(settings.readTimeout());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-cons-id", settings.consumerId());
        headers.put("X-timestamp", Long.toString(timestamp));
        headers.put("X-signature", PcareCrypto.signature(settings.consumerId(), settings.consumerSecret(), timestamp));
        headers.put("X-authorization",
                PcareCrypto.authorization(settings.username(), settings.password(), settings.applicationCode()));
        headers.put("user_key", settings.userKey());
        headers.put("Accept", "application/json");
        if (requestJson != null) {
            headers.put("Content-Type", "text/plain");
        }
        headers.forEach(request::header);
        trace.requestHeaders = maskedHeaders(headers);
        request.method(method, requestJson == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(requestJson, StandardCharsets.UTF_8));
        try {
            return http(settings).send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
            throw failure(trace, PcareFailure.UNREACHABLE, null, "connect timeout after " + settings.connectTimeout(), e);
        } catch (HttpTimeoutException e) {
            throw failure(trace, PcareFailure.TIMEOUT, null, "no answer within " + settings.readTimeout(), e);
        } catch (IOException e) {
            throw failure(trace, PcareFailure.UNREACHABLE, null, e.toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(trace, PcareFailure.UNREACHABLE, null, "interrupted", e);
        }
    }

    private <T> T interpret(HttpResponse<String> response, long timestamp, boolean emptyOnNoData,
                            Function<JsonNode, T> reader, Trace trace) {
        PcareSettings settings = trace.settings;
        int status = response.statusCode();
        trace.httpStatus = status;
        String raw = response.body() == null ? "" : response.body();

        JsonNode envelope = parseEnvelope(raw);
        if (envelope == null) {
            trace.responseBody = PcareMasking.excerpt(raw);
            if (status >= 400) {
                throw failure(trace, PcareFailure.ofCode(status), null, "HTTP " + status, null);
            }
            if (status == 204 && emptyOnNoData) {
                trace.outcome = PcareOutcome.NO_DATA;
                return null;
            }
            throw failure(trace, PcareFailure.MALFORMED_RESPONSE, null, "not a PCare envelope", null);
        }

        JsonNode meta = envelope.has("metaData") ? envelope.get("metaData") : envelope.get("metadata");
        Integer metaCode = code(meta.get("code"));
        trace.bpjsCode = metaCode;
        trace.bpjsMessage = meta.hasNonNull("message") ? meta.get("message").asText() : null;
        JsonNode cipherText = envelope.get("response");
        trace.responseBody = maskedEnvelope(envelope, null);

        int code = status >= 400
                ? (metaCode != null && metaCode >= 400 ? metaCode : status)
                : (metaCode != null ? metaCode : status);
        PcareFailure failure = PcareFailure.ofCode(code);
        boolean payloadMissing = cipherText == null || cipherText.isNull()
                || (cipherText.isTextual() && cipherText.asText().isBlank());
        boolean noData = failure == PcareFailure.NO_DATA || failure == PcareFailure.NOT_FOUND
                || (failure == null && reader != null && payloadMissing);
        if (noData && emptyOnNoData) {
            trace.outcome = PcareOutcome.NO_DATA;
            return null;
        }
        if (failure != null) {
            throw failure(trace, failure, trace.bpjsMessage, null, null);
        }
        if (reader == null) {
            return null;
        }
        if (noData) {
            throw failure(trace, PcareFailure.NO_DATA, trace.bpjsMessage, "no response data", null);
        }
        if (!cipherText.isTextual()) {
            throw failure(trace, PcareFailure.MALFORMED_RESPONSE, trace.bpjsMessage, "response is not a string", null);
        }
        JsonNode data;
        try {
            String plain = PcareCrypto.decryptResponse(cipherText.asText(), settings.consumerId(),
                    settings.consumerSecret(), timestamp);
            data = json.readTree(plain);
        } catch (PcareCrypto.ResponseDecodingException | JsonProcessingException e) {
            throw failure(trace, PcareFailure.MALFORMED_RESPONSE, trace.bpjsMessage, e.getMessage(), e);
        }
        if (data == null || data.isMissingNode()) {
            throw failure(trace, PcareFailure.MALFORMED_RESPONSE, trace.bpjsMessage, "empty decrypted response", null);
        }
        trace.responseBody = maskedEnvelope(envelope, data.deepCopy());
        try {
            return reader.apply(data);
        } catch (RuntimeException e) {
            throw failure(trace, PcareFailure.MALFORMED_RESPONSE, trace.bpjsMessage, e.getMessage(), e);
        }
    }

    private JsonNode parseEnvelope(String raw) {
        try {
            JsonNode node = json.readTree(raw);
            if (node != null && node.isObject()
                    && (node.path("metaData").isObject() || node.path("metadata").isObject())) {
                return node;
            }
            return null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static Integer code(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isInt()) {
            return node.asInt();
        }
        try {
            return Integer.valueOf(node.asText().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private PcareException failure(Trace trace, PcareFailure failure, String bpjsMessage, String detail,
                                   Throwable cause) {
        return new PcareException(failure, trace.action, trace.httpStatus, trace.bpjsCode, bpjsMessage, detail, cause);
    }

    private String masked(String jsonText) {
        try {
            return json.writeValueAsString(PcareMasking.json(json.readTree(jsonText)));
        } catch (JsonProcessingException e) {
            return PcareMasking.excerpt(jsonText);
        }
    }

    /** The envelope for the log: the decrypted, masked data in place of the cipher text. */
    private String maskedEnvelope(JsonNode envelope, JsonNode decrypted) {
        ObjectNode copy = envelope.deepCopy();
        JsonNode response = copy.get("response");
        if (decrypted != null) {
            copy.set("response", PcareMasking.json(decrypted));
        } else if (response != null && response.isTextual() && !response.asText().isEmpty()) {
            copy.put("response", "<terenkripsi, " + response.asText().length() + " karakter>");
        }
        return copy.toString();
    }

    private static Map<String, String> maskedHeaders(Map<String, String> headers) {
        Map<String, String> masked = new LinkedHashMap<>(headers);
        masked.put("X-signature", "***");
        masked.put("X-authorization", "Basic ***");
        masked.put("user_key", "***");
        return Map.copyOf(masked);
    }

    private void report(Trace trace) {
        PcareCall call = new PcareCall(trace.action, trace.startedAt, trace.method, PcareMasking.text(trace.path),
                trace.requestHeaders, trace.requestBody, trace.httpStatus, trace.bpjsCode, PcareMasking.text(trace.bpjsMessage),
                trace.responseBody, trace.durationMillis, trace.outcome == null ? PcareOutcome.FAILURE : trace.outcome,
                trace.failure);
        try {
            listener.onCall(call);
        } catch (RuntimeException ignored) {
            // the call log must never change the outcome of the call
        }
    }

    /** What is known of one call so far. */
    private static final class Trace {
        final PcareAction action;
        final Instant startedAt;
        final String method;
        final String path;
        final PcareSettings settings;
        Map<String, String> requestHeaders = Map.of();
        String requestBody;
        Integer httpStatus;
        Integer bpjsCode;
        String bpjsMessage;
        String responseBody;
        long durationMillis;
        PcareOutcome outcome;
        PcareFailure failure;

        Trace(PcareAction action, Instant startedAt, String method, String path, PcareSettings settings) {
            this.settings = settings;
            this.action = action;
            this.startedAt = startedAt;
            this.method = method;
            this.path = path;
        }
    }
}
