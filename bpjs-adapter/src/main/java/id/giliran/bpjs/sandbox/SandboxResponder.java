package id.giliran.bpjs.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import id.giliran.bpjs.pcare.PcareCrypto;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers every request to the sandbox like PCare does: checks the signed headers, then serves
 * the seeded data and the visits registered so far, encrypted with the request's X-timestamp.
 */
final class SandboxResponder implements ResponseDefinitionTransformerV2 {

    static final String NAME = "pcare-sandbox";
    private static final DateTimeFormatter BPJS_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final Pattern PESERTA = Pattern.compile("/peserta/(?:noka/)?(\\d+)");
    private static final Pattern PESERTA_NIK = Pattern.compile("/peserta/nik/(\\d+)");
    private static final Pattern DELETE_VISIT = Pattern.compile(
            "/pendaftaran/peserta/([^/]+)/tglDaftar/([^/]+)/noUrut/([^/]+)/kdPoli/([^/]+)");
    private static final Pattern VISITS = Pattern.compile("/pendaftaran/tglDaftar/([^/]+)/(\\d+)/(\\d+)");
    private static final Pattern CLINICS = Pattern.compile("/poli/fktp/(\\d+)/(\\d+)");
    private static final Pattern DOCTORS = Pattern.compile("/dokter/(\\d+)/(\\d+)");

    private final PcareSandbox.Credentials credentials;
    private final String basePath;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Map<String, Object>> participantsByCard = new HashMap<>();
    private final Map<String, Map<String, Object>> participantsByNik = new HashMap<>();
    private final Map<LocalDate, List<Map<String, Object>>> visitsByDate = new HashMap<>();
    private final Map<LocalDate, Integer> lastQueueNumber = new HashMap<>();
    private volatile boolean outage;

    SandboxResponder(PcareSandbox.Credentials credentials, String basePath) {
        this.credentials = credentials;
        this.basePath = basePath;
        for (Map<String, Object> peserta : SandboxData.participants()) {
            participantsByCard.put((String) peserta.get("noKartu"), peserta);
            participantsByNik.put((String) peserta.get("noKTP"), peserta);
        }
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    void setOutage(boolean outage) {
        this.outage = outage;
    }

    synchronized int visitCount(LocalDate date) {
        return visitsByDate.getOrDefault(date, List.of()).size();
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        ResponseDefinitionBuilder answer = answer(serveEvent.getRequest());
        Integer delay = serveEvent.getResponseDefinition().getFixedDelayMilliseconds();
        return (delay == null ? answer : answer.withFixedDelay(delay)).build();
    }

    private ResponseDefinitionBuilder answer(Request request) {
        if (outage) {
            return envelope(503, 503, "Service Unavailable", null, 0);
        }
        String refusal = refusal(request);
        if (refusal != null) {
            return envelope(401, 401, refusal, null, 0);
        }
        long timestamp = Long.parseLong(request.getHeader("X-timestamp"));
        String path = request.getUrl();
        int query = path.indexOf('?');
        path = (query < 0 ? path : path.substring(0, query)).substring(basePath.length());
        try {
            return route(request.getMethod().getName(), path, request.getBodyAsString(), timestamp);
        } catch (DateTimeParseException | JsonProcessingException | IllegalArgumentException e) {
            return envelope(200, 412, "Format data tidak sesuai: " + e.getMessage(), null, timestamp);
        }
    }

    /** Why the request's headers are refused, or {@code null}. */
    private String refusal(Request request) {
        String consId = request.getHeader("X-cons-id");
        String timestamp = request.getHeader("X-timestamp");
        String signature = request.getHeader("X-signature");
        if (consId == null || timestamp == null || signature == null || !timestamp.matches("\\d{1,12}")) {
            return "Header X-cons-id, X-timestamp dan X-signature wajib diisi";
        }
        if (!consId.equals(credentials.consumerId())) {
            return "Consumer ID tidak terdaftar";
        }
        String expected = PcareCrypto.signature(consId, credentials.consumerSecret(), Long.parseLong(timestamp));
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                signature.getBytes(StandardCharsets.UTF_8))) {
            return "Invalid signature";
        }
        if (!credentials.userKey().equals(request.getHeader("user_key"))) {
            return "User key tidak valid";
        }
        String authorization = PcareCrypto.authorization(credentials.username(), credentials.password(), "095");
        if (!authorization.equals(request.getHeader("X-authorization"))) {
            return "Username atau password PCare salah";
        }
        return null;
    }

    private synchronized ResponseDefinitionBuilder route(String method, String path, String body, long timestamp)
            throws JsonProcessingException {
        Matcher m;
        if (method.equals("GET") && (m = PESERTA_NIK.matcher(path)).matches()) {
            return participant(participantsByNik.get(m.group(1)), timestamp);
        }
        if (method.equals("GET") && (m = PESERTA.matcher(path)).matches()) {
            return participant(participantsByCard.get(m.group(1)), timestamp);
        }
        if (method.equals("POST") && path.equals("/pendaftaran")) {
            return addVisit(json.readTree(body), timestamp);
        }
        if (method.equals("DELETE") && (m = DELETE_VISIT.matcher(path)).matches()) {
            return deleteVisit(m.group(1), LocalDate.parse(m.group(2), BPJS_DATE), m.group(3), m.group(4));
        }
        if (method.equals("GET") && (m = VISITS.matcher(path)).matches()) {
            List<Map<String, Object>> visits = visitsByDate.getOrDefault(LocalDate.parse(m.group(1), BPJS_DATE), List.of());
            return page(visits, m.group(2), m.group(3), timestamp);
        }
        if (method.equals("GET") && (m = CLINICS.matcher(path)).matches()) {
            return page(SandboxData.clinics(), m.group(1), m.group(2), timestamp);
        }
        if (method.equals("GET") && (m = DOCTORS.matcher(path)).matches()) {
            return page(SandboxData.doctors(), m.group(1), m.group(2), timestamp);
        }
        return envelope(404, 404, "Resource tidak ditemukan: " + method + " " + path, null, timestamp);
    }

    private ResponseDefinitionBuilder participant(Map<String, Object> peserta, long timestamp) {
        if (peserta == null) {
            return envelope(200, 204, "Data tidak ditemukan", null, timestamp);
        }
        return envelope(200, 200, "OK", peserta, timestamp);
    }

    private ResponseDefinitionBuilder addVisit(JsonNode body, long timestamp) {
        String noKartu = required(body, "noKartu");
        LocalDate date = LocalDate.parse(required(body, "tglDaftar"), BPJS_DATE);
        String kdPoli = required(body, "kdPoli");
        required(body, "kdProviderPeserta");
        Map<String, Object> peserta = participantsByCard.get(noKartu);
        if (peserta == null) {
            return envelope(200, 412, "No. Kartu peserta tidak terdaftar", null, timestamp);
        }
        if (!Boolean.TRUE.equals(peserta.get("aktif"))) {
            return envelope(200, 412, "Peserta tidak aktif", null, timestamp);
        }
        Map<String, Object> poli = SandboxData.clinics().stream()
                .filter(p -> p.get("kdPoli").equals(kdPoli)).findFirst().orElse(null);
        if (poli == null) {
            return envelope(200, 424, "Kode poli " + kdPoli + " tidak ditemukan", null, timestamp);
        }
        List<Map<String, Object>> visits = visitsByDate.computeIfAbsent(date, d -> new ArrayList<>());
        boolean registered = visits.stream().anyMatch(v -> noKartu.equals(((Map<?, ?>) v.get("peserta")).get("noKartu"))
                && kdPoli.equals(((Map<?, ?>) v.get("poli")).get("kdPoli")));
        if (registered) {
            return envelope(200, 412, "Peserta sudah didaftarkan di poli yang sama pada tanggal tersebut", null,
                    timestamp);
        }
        String noUrut = "A" + lastQueueNumber.merge(date, 1, Integer::sum);
        Map<String, Object> visit = new LinkedHashMap<>();
        visit.put("noUrut", noUrut);
        visit.put("tglDaftar", date.format(BPJS_DATE));
        visit.put("providerPelayanan", Map.of("kdProvider", SandboxData.PROVIDER_CODE,
                "nmProvider", SandboxData.PROVIDER_NAME));
        visit.put("peserta", Map.of("noKartu", noKartu, "nama", peserta.get("nama"),
                "sex", peserta.get("sex"), "tglLahir", peserta.get("tglLahir")));
        visit.put("poli", poli);
        visit.put("keluhan", body.path("keluhan").asText(""));
        visit.put("kunjSakit", body.path("kunjSakit").asBoolean(true));
        visit.put("status", "Menunggu");
        visits.add(visit);
        return envelope(200, 201, "CREATED", Map.of("field", "noUrut", "message", noUrut), timestamp);
    }

    private ResponseDefinitionBuilder deleteVisit(String noKartu, LocalDate date, String noUrut, String kdPoli) {
        List<Map<String, Object>> visits = visitsByDate.getOrDefault(date, new ArrayList<>());
        boolean removed = visits.removeIf(v -> noUrut.equals(v.get("noUrut"))
                && noKartu.equals(((Map<?, ?>) v.get("peserta")).get("noKartu"))
                && kdPoli.equals(((Map<?, ?>) v.get("poli")).get("kdPoli")));
        return removed
                ? envelope(200, 200, "OK", null, 0)
                : envelope(200, 412, "Data pendaftaran tidak ditemukan", null, 0);
    }

    private ResponseDefinitionBuilder page(List<Map<String, Object>> all, String start, String limit, long timestamp) {
        int from = Integer.parseInt(start);
        int size = Integer.parseInt(limit);
        if (all.isEmpty() || from >= all.size()) {
            return envelope(200, 204, "Data tidak ditemukan", null, timestamp);
        }
        List<Map<String, Object>> page = List.copyOf(all.subList(from, Math.min(all.size(), from + size)));
        return envelope(200, 200, "OK", Map.of("count", all.size(), "list", page), timestamp);
    }

    private static String required(JsonNode body, String field) {
        String value = body.path(field).asText("");
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " wajib diisi");
        }
        return value;
    }

    private ResponseDefinitionBuilder envelope(int httpStatus, int code, String message, Object data, long timestamp) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("code", code);
        meta.put("message", message);
        envelope.put("metaData", meta);
        try {
            envelope.put("response", data == null ? null : PcareCrypto.encryptResponse(json.writeValueAsString(data),
                    credentials.consumerId(), credentials.consumerSecret(), timestamp));
            return new ResponseDefinitionBuilder()
                    .withStatus(httpStatus)
                    .withHeader("Content-Type", "application/json")
                    .withBody(json.writeValueAsString(envelope));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
