package id.giliran.bpjs.pcare;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import id.giliran.api.bpjs.BpjsClinic;
import id.giliran.api.bpjs.BpjsDoctor;
import id.giliran.api.bpjs.BpjsPage;
import id.giliran.api.bpjs.BpjsVisit;
import id.giliran.api.bpjs.CareType;
import id.giliran.api.bpjs.Participant;
import id.giliran.api.bpjs.VisitNumber;
import id.giliran.api.bpjs.VisitRegistration;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PcareClientTest {

    private static final String CONS_ID = "10234";
    private static final String SECRET = "tRahasia#Puskesmas";
    private static final String USER_KEY = "uk-3f9a1c";
    private static final String USERNAME = "pkm.cibinong";
    private static final String PASSWORD = "Sandi!2026";
    private static final Instant NOW = Instant.parse("2026-11-23T01:15:30Z");
    private static final long TS = NOW.getEpochSecond();
    private static final String CARD = "0001234567890";
    private static final String NIK = "3201014101900001";

    private static final String PESERTA = """
            {"noKartu":"0001234567890","nama":"SITI AMINAH","hubunganKeluarga":"ISTRI","sex":"P",
             "tglLahir":"01-01-1990","tglMulaiAktif":"01-01-2014","tglAkhirBerlaku":"31-12-2030",
             "kdProviderPst":{"kdProvider":"0114U001","nmProvider":"PUSKESMAS CIBINONG"},
             "jnsKelas":{"nama":"KELAS III","kode":"3"},"jnsPeserta":{"nama":"PBI (APBN)","kode":"21"},
             "noHP":"081234567890","noKTP":"3201014101900001","aktif":true,"ketAktif":"AKTIF","tunggakan":0}
            """;

    private static WireMockServer wireMock;

    private final List<PcareCall> calls = new CopyOnWriteArrayList<>();
    private PcareClient client;

    @BeforeAll
    static void startWireMock() {
        wireMock = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1")
                .notifier(new ConsoleNotifier(false)));
        wireMock.start();
    }

    @AfterAll
    static void stopWireMock() {
        wireMock.stop();
    }

    @BeforeEach
    void setUp() {
        wireMock.resetAll();
        client = client(Clock.fixed(NOW, ZoneOffset.UTC), settings());
    }

    private PcareClient client(Clock clock, PcareSettings settings) {
        return new PcareClient(settings, clock, calls::add);
    }

    private static PcareSettings settings() {
        return new PcareSettings(CONS_ID, SECRET, USER_KEY, USERNAME, PASSWORD, null,
                URI.create("http://127.0.0.1:" + wireMock.port() + "/pcare-rest/"),
                Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    private static String envelope(Object code, String message, String json, long timestamp) throws Exception {
        String response = json == null ? "null"
                : "\"" + BpjsTestCrypto.bpjsResponse(json, CONS_ID, SECRET, timestamp) + "\"";
        return "{\"metaData\":{\"code\":" + (code instanceof String ? "\"" + code + "\"" : code)
                + ",\"message\":\"" + message + "\"},\"response\":" + response + "}";
    }

    private static void answer(String url, int httpStatus, String body) {
        wireMock.stubFor(get(urlEqualTo("/pcare-rest" + url)).willReturn(aResponse()
                .withStatus(httpStatus).withHeader("Content-Type", "application/json").withBody(body)));
    }

    private static VisitRegistration registration() {
        return new VisitRegistration(CARD, LocalDate.of(2026, 11, 23), "0114U001", "001",
                "Demam sejak dua hari", true, CareType.OUTPATIENT, 120, 80, 55.5, 158.0, 20, 80.0, 88, false);
    }

    @Test
    void signsEveryRequestWithTheClockTimestamp() throws Exception {
        answer("/peserta/" + CARD, 200, envelope(200, "OK", PESERTA, TS));

        client.findParticipantByCardNumber(CARD);

        LoggedRequest request = wireMock.findAll(getRequestedFor(urlEqualTo("/pcare-rest/peserta/" + CARD))).get(0);
        assertThat(request.getHeader("X-cons-id")).isEqualTo(CONS_ID);
        assertThat(request.getHeader("X-timestamp")).isEqualTo("1795396530");
        assertThat(request.getHeader("X-signature")).isEqualTo(BpjsTestCrypto.hmacSignature(CONS_ID, SECRET, TS));
        assertThat(request.getHeader("X-authorization")).isEqualTo("Basic " + Base64.getEncoder()
                .encodeToString("pkm.cibinong:Sandi!2026:095".getBytes(StandardCharsets.UTF_8)));
        assertThat(request.getHeader("user_key")).isEqualTo(USER_KEY);
        assertThat(request.getHeader("Accept")).isEqualTo("application/json");
    }

    @Test
    void usesOneTimestampForSigningAndDecryptingEachRequest() throws Exception {
        AtomicLong second = new AtomicLong(TS);
        Clock ticking = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.ofEpochSecond(second.getAndIncrement());
            }
        };
        PcareClient clientOnTickingClock = client(ticking, settings());
        answer("/peserta/" + CARD, 200, envelope(200, "OK", PESERTA, TS));
        answer("/peserta/nik/" + NIK, 200, envelope(200, "OK", PESERTA, TS + 1));

        assertThat(clientOnTickingClock.findParticipantByCardNumber(CARD)).isPresent();
        assertThat(clientOnTickingClock.findParticipantByNik(NIK)).isPresent();

        LoggedRequest second2 = wireMock.findAll(getRequestedFor(urlEqualTo("/pcare-rest/peserta/nik/" + NIK))).get(0);
        assertThat(second2.getHeader("X-timestamp")).isEqualTo(Long.toString(TS + 1));
        assertThat(second2.getHeader("X-signature")).isEqualTo(BpjsTestCrypto.hmacSignature(CONS_ID, SECRET, TS + 1));
    }

    @Test
    void readsAParticipantFromAnEncryptedCompressedResponse() throws Exception {
        answer("/peserta/" + CARD, 200, envelope(200, "OK", PESERTA, TS));

        Participant participant = client.findParticipantByCardNumber(CARD).orElseThrow();

        assertThat(participant).isEqualTo(new Participant(CARD, NIK, "SITI AMINAH", "P", LocalDate.of(1990, 1, 1),
                "KELAS III", "PBI (APBN)", "0114U001", "PUSKESMAS CIBINONG", LocalDate.of(2014, 1, 1),
                LocalDate.of(2030, 12, 31), true, "AKTIF"));
    }

    @Test
    void findsAParticipantByNikWithAStringCode() throws Exception {
        answer("/peserta/nik/" + NIK, 200, envelope("200", "OK", PESERTA, TS));

        assertThat(client.findParticipantByNik(NIK)).map(Participant::cardNumber).contains(CARD);
    }

    @Test
    void answersEmptyWhenBpjsHasNoSuchParticipant() throws Exception {
        answer("/peserta/0009999999999", 200, envelope(204, "Data tidak ditemukan", null, TS));

        assertThat(client.findParticipantByCardNumber("0009999999999")).isEmpty();
        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(call.outcome()).isEqualTo(PcareOutcome.NO_DATA);
            assertThat(call.bpjsCode()).isEqualTo(204);
        });
    }

    @Test
    void answersEmptyOnAnEmptyHttp204() {
        wireMock.stubFor(get(urlEqualTo("/pcare-rest/peserta/nik/" + NIK)).willReturn(aResponse().withStatus(204)));

        assertThat(client.findParticipantByNik(NIK)).isEmpty();
    }

    @Test
    void sendsAVisitAsJsonInPlainTextAndReadsTheQueueNumber() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/pcare-rest/pendaftaran")).willReturn(aResponse().withStatus(200)
                .withBody(envelope(201, "CREATED", "{\"field\":\"noUrut\",\"message\":\"A12\"}", TS))));

        VisitNumber number = client.addVisit(registration());

        assertThat(number).isEqualTo(new VisitNumber(CARD, LocalDate.of(2026, 11, 23), "001", "A12"));
        wireMock.verify(postRequestedFor(urlEqualTo("/pcare-rest/pendaftaran"))
                .withHeader("Content-Type", equalTo("text/plain"))
                .withHeader("X-signature", equalTo(BpjsTestCrypto.hmacSignature(CONS_ID, SECRET, TS)))
                .withRequestBody(equalToJson("""
                        {"kdProviderPeserta":"0114U001","tglDaftar":"23-11-2026","noKartu":"0001234567890",
                         "kdPoli":"001","keluhan":"Demam sejak dua hari","kunjSakit":true,"sistole":120,
                         "diastole":80,"beratBadan":55.5,"tinggiBadan":158.0,"respRate":20,"lingkarPerut":80.0,
                         "heartRate":88,"rujukBalik":0,"kdTkp":"10"}
                        """)));
    }

    @Test
    void deletesAVisitByItsNumber() throws Exception {
        String url = "/pcare-rest/pendaftaran/peserta/" + CARD + "/tglDaftar/23-11-2026/noUrut/A12/kdPoli/001";
        wireMock.stubFor(delete(urlEqualTo(url)).willReturn(aResponse().withBody(envelope(200, "OK", null, TS))));

        client.deleteVisit(new VisitNumber(CARD, LocalDate.of(2026, 11, 23), "001", "A12"));

        wireMock.verify(deleteRequestedFor(urlEqualTo(url)).withHeader("X-cons-id", equalTo(CONS_ID)));
    }

    @Test
    void readsClinicsDoctorsAndVisitsOfADay() throws Exception {
        answer("/poli/fktp/0/10", 200, envelope(200, "OK", """
                {"count":12,"list":[{"kdPoli":"001","nmPoli":"UMUM","poliSakit":true},
                                    {"kdPoli":"008","nmPoli":"KB","poliSakit":false}]}""", TS));
        answer("/dokter/0/10", 200, envelope(200, "OK", """
                {"count":1,"list":[{"kdDokter":"131491","nmDokter":"dr. Rina Wulandari"}]}""", TS));
        answer("/pendaftaran/tglDaftar/23-11-2026/0/15", 200, envelope(200, "OK", """
                {"count":1,"list":[{"noUrut":"A1","tglDaftar":"23-11-2026",
                  "providerPelayanan":{"kdProvider":"0114U001","nmProvider":"PUSKESMAS CIBINONG"},
                  "peserta":{"noKartu":"0001234567890","nama":"SITI AMINAH"},
                  "poli":{"kdPoli":"001","nmPoli":"UMUM","poliSakit":true},
                  "keluhan":"Batuk","kunjSakit":true,"status":"Menunggu"}]}""", TS));

        assertThat(client.findClinics(0, 10)).isEqualTo(new BpjsPage<>(12,
                List.of(new BpjsClinic("001", "UMUM", true), new BpjsClinic("008", "KB", false))));
        assertThat(client.findDoctors(0, 10)).isEqualTo(new BpjsPage<>(1,
                List.of(new BpjsDoctor("131491", "dr. Rina Wulandari"))));
        assertThat(client.findVisits(LocalDate.of(2026, 11, 23), 0, 15).items()).containsExactly(new BpjsVisit(
                new VisitNumber(CARD, LocalDate.of(2026, 11, 23), "001", "A1"), "SITI AMINAH", "UMUM", "Batuk",
                true, "Menunggu"));
    }

    @Test
    void answersAnEmptyPageWhenBpjsHasNoVisits() throws Exception {
        answer("/pendaftaran/tglDaftar/23-11-2026/0/15", 200, envelope(204, "NO CONTENT", null, TS));

        assertThat(client.findVisits(LocalDate.of(2026, 11, 23), 0, 15)).isEqualTo(BpjsPage.empty());
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(401, 401, PcareFailure.UNAUTHORIZED),
                Arguments.of(200, 401, PcareFailure.UNAUTHORIZED),
                Arguments.of(408, 408, PcareFailure.TIMEOUT),
                Arguments.of(200, 408, PcareFailure.TIMEOUT),
                Arguments.of(412, 412, PcareFailure.PRECONDITION_FAILED),
                Arguments.of(200, 412, PcareFailure.PRECONDITION_FAILED),
                Arguments.of(424, 424, PcareFailure.BAD_REFERENCE),
                Arguments.of(200, 424, PcareFailure.BAD_REFERENCE),
                Arguments.of(500, 500, PcareFailure.SERVER_ERROR),
                Arguments.of(200, 500, PcareFailure.SERVER_ERROR),
                Arguments.of(503, 503, PcareFailure.SERVER_ERROR),
                Arguments.of(200, 503, PcareFailure.SERVER_ERROR),
                Arguments.of(500, 200, PcareFailure.SERVER_ERROR),
                Arguments.of(200, 400, PcareFailure.REJECTED));
    }

    @ParameterizedTest(name = "HTTP {0}, metaData.code {1} -> {2}")
    @MethodSource("failures")
    void mapsEveryBpjsCodeToAFailureKind(int httpStatus, int code, PcareFailure expected) throws Exception {
        wireMock.stubFor(post(urlEqualTo("/pcare-rest/pendaftaran")).willReturn(aResponse()
                .withStatus(httpStatus).withBody(envelope(code, "Pesan dari BPJS", null, TS))));

        PcareException failure = catchThrowableOfType(() -> client.addVisit(registration()), PcareException.class);

        assertThat(failure.failure()).isEqualTo(expected);
        assertThat(failure.isTransient()).isEqualTo(expected == PcareFailure.TIMEOUT
                || expected == PcareFailure.SERVER_ERROR);
        assertThat(failure.bpjsMessage()).contains("Pesan dari BPJS");
        assertThat(failure.httpStatus()).contains(httpStatus);
        assertThat(failure.action()).isEqualTo(PcareAction.ADD_VISIT);
        assertThat(failure.explanationForOfficer()).startsWith(expected.explanation()).endsWith("Pesan dari BPJS");
        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(call.outcome()).isEqualTo(PcareOutcome.FAILURE);
            assertThat(call.failure()).isEqualTo(expected);
            assertThat(call.httpStatus()).isEqualTo(httpStatus);
            assertThat(call.bpjsMessage()).isEqualTo("Pesan dari BPJS");
        });
    }

    @Test
    void mapsAGatewayErrorPageWithoutEnvelopeByItsHttpStatus() {
        answer("/peserta/" + CARD, 502, "<html><body>502 Bad Gateway</body></html>");

        PcareException failure = catchThrowableOfType(() -> client.findParticipantByCardNumber(CARD),
                PcareException.class);

        assertThat(failure.failure()).isEqualTo(PcareFailure.SERVER_ERROR);
        assertThat(failure.isTransient()).isTrue();
        assertThat(failure.bpjsMessage()).isEmpty();
    }

    @Test
    void doesNotTakeAnUnknownUrlForAnUnknownParticipant() {
        answer("/peserta/" + CARD, 404, "Not Found");

        assertThatThrownBy(() -> client.findParticipantByCardNumber(CARD))
                .isInstanceOfSatisfying(PcareException.class,
                        e -> assertThat(e.failure()).isEqualTo(PcareFailure.NOT_FOUND));
    }

    @Test
    void reportsATimeoutWhenBpjsAnswersTooLate() throws Exception {
        wireMock.stubFor(get(urlEqualTo("/pcare-rest/peserta/" + CARD)).willReturn(aResponse()
                .withFixedDelay(1_500).withBody(envelope(200, "OK", PESERTA, TS))));
        PcareClient impatient = client(Clock.fixed(NOW, ZoneOffset.UTC),
                settings().withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300)));

        PcareException failure = catchThrowableOfType(() -> impatient.findParticipantByCardNumber(CARD),
                PcareException.class);

        assertThat(failure.failure()).isEqualTo(PcareFailure.TIMEOUT);
        assertThat(failure.isTransient()).isTrue();
        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(call.httpStatus()).isNull();
            assertThat(call.failure()).isEqualTo(PcareFailure.TIMEOUT);
            assertThat(call.durationMillis()).isBetween(250L, 1_400L);
        });
    }

    @Test
    void reportsUnreachableWhenTheConnectionIsRefused() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        PcareClient nowhere = client(Clock.fixed(NOW, ZoneOffset.UTC),
                settings().withBaseUrl(URI.create("http://127.0.0.1:" + closedPort + "/pcare-rest")));

        PcareException failure = catchThrowableOfType(() -> nowhere.findClinics(0, 10), PcareException.class);

        assertThat(failure.failure()).isEqualTo(PcareFailure.UNREACHABLE);
        assertThat(failure.isTransient()).isTrue();
        assertThat(calls).singleElement().extracting(PcareCall::outcome).isEqualTo(PcareOutcome.FAILURE);
    }

    static Stream<Arguments> malformedBodies() throws Exception {
        String notLzString = BpjsTestCrypto.encrypt("not lz-string: %%%", CONS_ID, SECRET, TS);
        return Stream.of(
                Arguments.of("not JSON", "<html>Service maintenance</html>"),
                Arguments.of("JSON without envelope", "{\"status\":\"ok\"}"),
                Arguments.of("bad Base64", "{\"metaData\":{\"code\":200,\"message\":\"OK\"},\"response\":\"@@not-base64@@\"}"),
                Arguments.of("wrong key", envelope(200, "OK", PESERTA, TS - 1)),
                Arguments.of("other secret", "{\"metaData\":{\"code\":200,\"message\":\"OK\"},\"response\":\""
                        + BpjsTestCrypto.bpjsResponse(PESERTA, CONS_ID, "another secret", TS) + "\"}"),
                Arguments.of("not LZ-String", "{\"metaData\":{\"code\":200,\"message\":\"OK\"},\"response\":\""
                        + notLzString + "\"}"),
                Arguments.of("decrypts to non-JSON", envelope(200, "OK", "peserta: SITI AMINAH", TS)),
                Arguments.of("participant without card number", envelope(200, "OK", "{\"nama\":\"SITI\"}", TS)),
                Arguments.of("response not a string", "{\"metaData\":{\"code\":200,\"message\":\"OK\"},\"response\":{\"a\":1}}"),
                Arguments.of("unreadable date", envelope(200, "OK", PESERTA.replace("01-01-1990", "1990/01/01"), TS)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedBodies")
    void reportsAMalformedResponse(String name, String body) {
        answer("/peserta/" + CARD, 200, body);

        PcareException failure = catchThrowableOfType(() -> client.findParticipantByCardNumber(CARD),
                PcareException.class);

        assertThat(failure.failure()).isEqualTo(PcareFailure.MALFORMED_RESPONSE);
        assertThat(failure.isTransient()).isFalse();
        assertThat(calls).singleElement().extracting(PcareCall::failure).isEqualTo(PcareFailure.MALFORMED_RESPONSE);
    }

    @Test
    void refusesAVisitAnswerWithoutQueueNumber() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/pcare-rest/pendaftaran")).willReturn(aResponse()
                .withBody(envelope(201, "CREATED", null, TS))));

        assertThatThrownBy(() -> client.addVisit(registration())).isInstanceOfSatisfying(PcareException.class,
                e -> assertThat(e.failure()).isEqualTo(PcareFailure.NO_DATA));
    }

    @Test
    void everyFailureKindIsExplainedAndOnlyPassingTroubleIsTransient() {
        assertThat(PcareFailure.values()).allSatisfy(kind -> assertThat(kind.explanation()).isNotBlank());
        assertThat(EnumSet.allOf(PcareFailure.class).stream().filter(PcareFailure::isTransient))
                .containsExactlyInAnyOrder(PcareFailure.TIMEOUT, PcareFailure.SERVER_ERROR, PcareFailure.UNREACHABLE);
    }

    @Test
    void callLogMasksPersonalDataAndNeverHoldsSecrets() throws Exception {
        answer("/peserta/nik/" + NIK, 200, envelope(200, "OK", PESERTA, TS));
        wireMock.stubFor(post(urlEqualTo("/pcare-rest/pendaftaran")).willReturn(aResponse()
                .withBody(envelope(201, "CREATED", "{\"field\":\"noUrut\",\"message\":\"A12\"}", TS))));

        client.findParticipantByNik(NIK);
        client.addVisit(registration());

        assertThat(calls).hasSize(2);
        PcareCall lookup = calls.get(0);
        assertThat(lookup.action()).isEqualTo(PcareAction.FIND_PARTICIPANT_BY_NIK);
        assertThat(lookup.method()).isEqualTo("GET");
        assertThat(lookup.path()).isEqualTo("/peserta/nik/320101******0001");
        assertThat(lookup.startedAt()).isEqualTo(NOW);
        assertThat(lookup.httpStatus()).isEqualTo(200);
        assertThat(lookup.bpjsCode()).isEqualTo(200);
        assertThat(lookup.outcome()).isEqualTo(PcareOutcome.SUCCESS);
        assertThat(lookup.durationMillis()).isNotNegative();
        assertThat(lookup.responseBody())
                .contains("\"noKartu\":\"*********7890\"", "\"noKTP\":\"320101******0001\"", "\"nama\":\"S*** A***\"",
                        "\"tglLahir\":\"**-**-1990\"", "\"noHP\":\"********7890\"", "PUSKESMAS CIBINONG", "KELAS III")
                .doesNotContain(CARD, NIK, "SITI", "AMINAH", "081234567890", "01-01-1990");
        assertThat(lookup.requestHeaders())
                .containsEntry("X-cons-id", CONS_ID)
                .containsEntry("X-timestamp", Long.toString(TS))
                .containsEntry("X-signature", "***")
                .containsEntry("X-authorization", "Basic ***")
                .containsEntry("user_key", "***");

        PcareCall visit = calls.get(1);
        assertThat(visit.requestBody())
                .contains("\"noKartu\":\"*********7890\"", "\"keluhan\":\"***\"", "\"kdPoli\":\"001\"")
                .doesNotContain(CARD, "Demam");
        assertThat(visit.responseBody()).contains("A12");
        assertThat(visit.bpjsCode()).isEqualTo(201);

        String everything = calls.toString();
        assertThat(everything).doesNotContain(SECRET, PASSWORD, USER_KEY,
                BpjsTestCrypto.hmacSignature(CONS_ID, SECRET, TS),
                Base64.getEncoder().encodeToString((USERNAME + ":" + PASSWORD + ":095").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void callLogMasksNumbersInTheBodyOfAnUnreadableAnswer() {
        answer("/peserta/" + CARD, 200, "Error: kartu 0001234567890 tidak bisa diproses");

        assertThatThrownBy(() -> client.findParticipantByCardNumber(CARD)).isInstanceOf(PcareException.class);

        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(call.path()).isEqualTo("/peserta/*********7890");
            assertThat(call.responseBody()).isEqualTo("Error: kartu *********7890 tidak bisa diproses");
        });
    }

    @Test
    void aFailingListenerDoesNotBreakTheCall() throws Exception {
        answer("/peserta/" + CARD, 200, envelope(200, "OK", PESERTA, TS));
        PcareClient withBrokenLog = new PcareClient(settings(), Clock.fixed(NOW, ZoneOffset.UTC), call -> {
            throw new IllegalStateException("log store down");
        });

        assertThat(withBrokenLog.findParticipantByCardNumber(CARD)).isPresent();
    }

    @Test
    void settingsNeverPrintSecrets() {
        String printed = settings().toString();

        assertThat(printed).contains(CONS_ID, USERNAME, "095").doesNotContain(SECRET, PASSWORD, USER_KEY);
    }

    @Test
    void settingsDefaultToTheApplicationCodeOfPcareAndSaneTimeouts() {
        PcareSettings defaults = PcareSettings.of(CONS_ID, SECRET, USER_KEY, USERNAME, PASSWORD,
                URI.create("https://apijkn-dev.bpjs-kesehatan.go.id/pcare-rest-dev/"));

        assertThat(defaults.applicationCode()).isEqualTo("095");
        assertThat(defaults.baseUrl()).hasToString("https://apijkn-dev.bpjs-kesehatan.go.id/pcare-rest-dev");
        assertThat(defaults.connectTimeout()).isPositive();
        assertThat(defaults.readTimeout()).isPositive();
    }
}
