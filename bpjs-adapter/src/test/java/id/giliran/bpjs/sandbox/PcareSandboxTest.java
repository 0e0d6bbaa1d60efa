package id.giliran.bpjs.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.giliran.api.bpjs.BpjsClinic;
import id.giliran.api.bpjs.BpjsPage;
import id.giliran.api.bpjs.BpjsVisit;
import id.giliran.api.bpjs.CareType;
import id.giliran.api.bpjs.Participant;
import id.giliran.api.bpjs.VisitNumber;
import id.giliran.api.bpjs.VisitRegistration;
import id.giliran.bpjs.pcare.PcareCall;
import id.giliran.bpjs.pcare.PcareClient;
import id.giliran.bpjs.pcare.PcareException;
import id.giliran.bpjs.pcare.PcareFailure;
import id.giliran.bpjs.pcare.PcareSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sandbox end to end through the real client; each test uses its own day. */
class PcareSandboxTest {

    private static PcareSandbox sandbox;
    private static PcareClient client;
    private static final List<PcareCall> calls = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        sandbox = PcareSandbox.start();
        client = new PcareClient(sandbox.clientSettings(), Clock.systemUTC(), calls::add);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @AfterEach
    void clearFaults() {
        sandbox.resetFaults();
    }

    private static VisitRegistration visit(String card, LocalDate day, String clinic) {
        return new VisitRegistration(card, day, PcareSandbox.PROVIDER_CODE, clinic, "Batuk dan pilek", true,
                CareType.OUTPATIENT, 110, 70, 60.0, 165.0, 18, null, 80, false);
    }

    @Test
    void findsTheActiveParticipantByCardAndByNik() {
        Participant byCard = client.findParticipantByCardNumber(PcareSandbox.ACTIVE_CARD).orElseThrow();
        Participant byNik = client.findParticipantByNik(PcareSandbox.ACTIVE_NIK).orElseThrow();

        assertThat(byCard).isEqualTo(byNik);
        assertThat(byCard.name()).isEqualTo("SITI AMINAH");
        assertThat(byCard.nik()).isEqualTo(PcareSandbox.ACTIVE_NIK);
        assertThat(byCard.active()).isTrue();
        assertThat(byCard.birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(byCard.providerCode()).isEqualTo("0114U001");
    }

    @Test
    void findsTheInactiveParticipantAsNotActive() {
        Participant participant = client.findParticipantByCardNumber(PcareSandbox.INACTIVE_CARD).orElseThrow();

        assertThat(participant.active()).isFalse();
        assertThat(participant.statusText()).isEqualTo("TIDAK AKTIF");
        assertThat(client.findParticipantByNik(PcareSandbox.INACTIVE_NIK)).contains(participant);
    }

    @Test
    void knowsNoUnknownParticipant() {
        assertThat(client.findParticipantByCardNumber(PcareSandbox.UNKNOWN_CARD)).isEmpty();
        assertThat(client.findParticipantByNik("3201010101010101")).isEmpty();
    }

    @Test
    void givesEachVisitOfADayItsOwnQueueNumberAndListsThem() {
        LocalDate day = LocalDate.of(2026, 12, 1);

        VisitNumber first = client.addVisit(visit(PcareSandbox.ACTIVE_CARD, day, "001"));
        VisitNumber second = client.addVisit(visit(PcareSandbox.SECOND_ACTIVE_CARD, day, "002"));

        assertThat(first.queueNumber()).isEqualTo("A1");
        assertThat(second.queueNumber()).isEqualTo("A2");
        BpjsPage<BpjsVisit> visits = client.findVisits(day, 0, 15);
        assertThat(visits.total()).isEqualTo(2);
        assertThat(visits.items()).extracting(BpjsVisit::number).containsExactly(first, second);
        assertThat(visits.items().get(0).participantName()).isEqualTo("SITI AMINAH");
        assertThat(visits.items().get(1).clinicName()).isEqualTo("GIGI & MULUT");
        assertThat(client.findVisits(day.plusDays(1), 0, 15)).isEqualTo(BpjsPage.empty());
    }

    @Test
    void deletesAVisit() {
        LocalDate day = LocalDate.of(2026, 12, 2);
        VisitNumber number = client.addVisit(visit(PcareSandbox.ACTIVE_CARD, day, "001"));

        client.deleteVisit(number);

        assertThat(client.findVisits(day, 0, 15).items()).isEmpty();
        assertThat(sandbox.visitCount(day)).isZero();
        PcareException again = catchThrowableOfType(() -> client.deleteVisit(number), PcareException.class);
        assertThat(again.failure()).isEqualTo(PcareFailure.PRECONDITION_FAILED);
    }

    @Test
    void refusesASecondVisitAtTheSameClinicOnTheSameDay() {
        LocalDate day = LocalDate.of(2026, 12, 3);
        client.addVisit(visit(PcareSandbox.ACTIVE_CARD, day, "001"));

        PcareException failure = catchThrowableOfType(
                () -> client.addVisit(visit(PcareSandbox.ACTIVE_CARD, day, "001")), PcareException.class);

        assertThat(failure.failure()).isEqualTo(PcareFailure.PRECONDITION_FAILED);
        assertThat(sandbox.visitCount(day)).isEqualTo(1);
    }

    @Test
    void refusesVisitsOfInactiveParticipantsAndUnknownClinics() {
        LocalDate day = LocalDate.of(2026, 12, 4);

        PcareException inactive = catchThrowableOfType(
                () -> client.addVisit(visit(PcareSandbox.INACTIVE_CARD, day, "001")), PcareException.class);
        PcareException unknownClinic = catchThrowableOfType(
                () -> client.addVisit(visit(PcareSandbox.ACTIVE_CARD, day, "999")), PcareException.class);

        assertThat(inactive.failure()).isEqualTo(PcareFailure.PRECONDITION_FAILED);
        assertThat(inactive.bpjsMessage()).contains("Peserta tidak aktif");
        assertThat(unknownClinic.failure()).isEqualTo(PcareFailure.BAD_REFERENCE);
        assertThat(sandbox.visitCount(day)).isZero();
    }

    @Test
    void listsClinicsAndDoctorsPageByPage() {
        BpjsPage<BpjsClinic> firstPage = client.findClinics(0, 3);
        BpjsPage<BpjsClinic> secondPage = client.findClinics(3, 3);

        assertThat(firstPage.total()).isEqualTo(5);
        assertThat(firstPage.items()).extracting(BpjsClinic::code).containsExactly("001", "002", "003");
        assertThat(secondPage.items()).extracting(BpjsClinic::code).containsExactly("008", "021");
        assertThat(secondPage.items().get(0).sickClinic()).isFalse();
        assertThat(client.findDoctors(0, 10).items()).hasSize(3)
                .allSatisfy(doctor -> assertThat(doctor.name()).startsWith("dr"));
    }

    @Test
    void refusesAWrongSignatureOrPassword() {
        PcareSettings right = sandbox.clientSettings();
        PcareSettings wrongSecret = new PcareSettings(right.consumerId(), "not the secret", right.userKey(),
                right.username(), right.password(), null, right.baseUrl(), null, null);
        PcareSettings wrongPassword = new PcareSettings(right.consumerId(), right.consumerSecret(), right.userKey(),
                right.username(), "wrong", null, right.baseUrl(), null, null);

        for (PcareSettings settings : List.of(wrongSecret, wrongPassword)) {
            PcareClient refused = new PcareClient(settings, Clock.systemUTC(), null);
            PcareException failure = catchThrowableOfType(
                    () -> refused.findParticipantByCardNumber(PcareSandbox.ACTIVE_CARD), PcareException.class);
            assertThat(failure.failure()).isEqualTo(PcareFailure.UNAUTHORIZED);
            assertThat(failure.httpStatus()).contains(401);
        }
    }

    @Test
    void refusesARequestWithAForgedSignature() throws Exception {
        HttpRequest forged = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/peserta/" + PcareSandbox.ACTIVE_CARD))
                .header("X-cons-id", sandbox.credentials().consumerId())
                .header("X-timestamp", "1795396530")
                .header("X-signature", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")
                .header("X-authorization", "Basic eDp5OjA5NQ==")
                .header("user_key", sandbox.credentials().userKey())
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(forged, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("\"code\":401", "Invalid signature", "\"response\":null");
    }

    @Test
    void canPlayBpjsBeingDownOrSlow() {
        sandbox.simulateOutage(true);
        PcareException down = catchThrowableOfType(() -> client.findClinics(0, 10), PcareException.class);
        assertThat(down.failure()).isEqualTo(PcareFailure.SERVER_ERROR);
        assertThat(down.isTransient()).isTrue();
        sandbox.simulateOutage(false);

        sandbox.wireMock().stubFor(get(urlPathMatching(PcareSandbox.BASE_PATH + "/dokter/.*")).atPriority(1)
                .willReturn(aResponse().withFixedDelay(1_000).withTransformers(PcareSandbox.TRANSFORMER)));
        PcareClient impatient = new PcareClient(
                sandbox.clientSettings().withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(200)),
                Clock.systemUTC(), null);
        PcareException slow = catchThrowableOfType(() -> impatient.findDoctors(0, 10), PcareException.class);
        assertThat(slow.failure()).isEqualTo(PcareFailure.TIMEOUT);
    }

    @Test
    void answersWithEncryptedResponsesOnly() {
        calls.clear();
        sandbox.wireMock().resetRequests();

        client.findParticipantByCardNumber(PcareSandbox.ACTIVE_CARD);

        assertThat(sandbox.wireMock().getAllServeEvents().get(0).getResponse().getBodyAsString())
                .contains("\"metaData\":{\"code\":200")
                .doesNotContain("SITI", PcareSandbox.ACTIVE_CARD);
        assertThat(calls).singleElement().satisfies(call -> assertThat(call.responseBody()).contains("S*** A***"));
    }
}
