package id.giliran.bpjs.visit;

import org.junit.jupiter.api.extension.ExtendWith;
import id.giliran.AsTheApplication;
import id.giliran.GiliranSpringTest;
import id.giliran.api.bpjs.BpjsVisit;
import id.giliran.api.bpjs.CareType;
import id.giliran.api.bpjs.PcareCallRecordedEvent;
import id.giliran.api.bpjs.VisitNumber;
import id.giliran.api.bpjs.VisitRegistration;
import id.giliran.api.masterdata.CounterView;
import id.giliran.api.queue.PaymentType;
import id.giliran.api.queue.TicketCategory;
import id.giliran.api.queue.TicketView;
import id.giliran.api.registration.BpjsBridging;
import id.giliran.api.registration.BpjsBridgingStatus;
import id.giliran.api.registration.CancelRegistrationCommand;
import id.giliran.api.registration.PatientKind;
import id.giliran.api.registration.RecordBpjsCheckCommand;
import id.giliran.api.registration.RegistrationView;
import id.giliran.api.registration.RequestBpjsVisitCommand;
import id.giliran.api.registration.StartRegistrationCommand;
import id.giliran.bpjs.pcare.PcarePort;
import id.giliran.bpjs.sandbox.PcareSandbox;
import id.giliran.identity.security.Callers;
import id.giliran.masterdata.ui.MasterDataService;
import id.giliran.queue.ui.CallingService;
import id.giliran.queue.ui.KioskService;
import id.giliran.queue.ui.TicketRequest;
import id.giliran.registration.ui.RegistrationService;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "Daftarkan ke BPJS" on the whole application against the in-app PCare sandbox: a visit is bridged
 * once; during an outage it is retried after the (shortened) back-off and bridged once BPJS is back,
 * with exactly one visit at PCare; a visit PCare already has (the process died before the outcome was
 * recorded) is recorded with its noUrut, not added again; an unknown poli code (424) fails without
 * retry; a cancelled registration's visit is deleted at PCare. Its own context (retry after 1 s,
 * polling every 200 ms), closed afterwards.
 */
@GiliranSpringTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestPropertySource(properties = {"giliran.bpjs.visit.first-retry-delay=1s", "giliran.bpjs.visit.poll-interval=200ms",
        "giliran.bpjs.visit.claim-timeout=5s"})
@ExtendWith(AsTheApplication.class)
class BpjsVisitBridgingIT {

    static final String CARD = PcareSandbox.ACTIVE_CARD;
    static final String SECOND_CARD = PcareSandbox.SECOND_ACTIVE_CARD;

    @Autowired
    CommandGateway commandGateway;
    @Autowired
    RegistrationService registrations;
    @Autowired
    KioskService kiosk;
    @Autowired
    CallingService calling;
    @Autowired
    MasterDataService masterData;
    @Autowired
    PcarePort pcare;
    @Autowired
    PcareSandbox sandbox;
    @Autowired
    Clock clock;
    @Autowired
    EventStore eventStore;

    private LocalDate today;

    @BeforeEach
    void setUp() {
        await().atMost(Duration.ofSeconds(30)).until(() -> masterData.clinics().size() == 5
                && masterData.counters().size() == 2);
        today = LocalDate.now(clock);
    }

    @AfterEach
    void pcareBack() {
        sandbox.simulateOutage(false);
    }

    @Test
    void aRequestedVisitIsBridgedOnceWithTheSeededClinicsPoliCode() {
        RegistrationView registration = checkedBpjsRegistration(CARD);
        int before = sandbox.visitCount(today);

        RegistrationView requested = asOfficer(() -> registrations.requestBpjsVisit(registration, null));
        assertThat(requested.bpjsBridging().poliCode()).isEqualTo("001");
        assertThat(requested.bpjsBridging().cardNumber()).isEqualTo(CARD);
        assertThat(requested.bpjsBridging().requestedBy()).isEqualTo("loket@giliran.id");

        BpjsBridging bridged = awaitStatus(registration, BpjsBridgingStatus.BRIDGED);
        assertThat(bridged.queueNumber()).isNotBlank();
        assertThat(bridged.attempts()).isEqualTo(1);
        assertThat(visitsAt(CARD, "001")).extracting(v -> v.number().queueNumber())
                                         .containsExactly(bridged.queueNumber());
        assertThat(sandbox.visitCount(today)).isEqualTo(before + 1);
        // every PCare call made for the registration is recorded as its patient's data
        List<PcareCallRecordedEvent> calls = await().atMost(Duration.ofSeconds(20)).until(
                () -> recordedCalls(registration.registrationId()),
                recorded -> recorded.stream().anyMatch(call -> call.action().equals("ADD_VISIT")));
        assertThat(calls).extracting(PcareCallRecordedEvent::patientId).containsOnly(registration.patientId());

        // asking again changes nothing: still one visit
        asOfficer(() -> registrations.requestBpjsVisit(registrations.find(registration.registrationId())
                                                                    .orElseThrow(), null));
        pause();
        assertThat(sandbox.visitCount(today)).isEqualTo(before + 1);
    }

    @Test
    void duringAnOutageTheVisitIsRetriedAndBridgedOnceBpjsIsBack() {
        RegistrationView registration = checkedBpjsRegistration(CARD);
        int before = sandbox.visitCount(today);
        sandbox.simulateOutage(true);

        request(registration, CARD, "002");
        RegistrationView failedOnce = await().atMost(Duration.ofSeconds(20)).until(
                () -> registrations.find(registration.registrationId()).orElseThrow(),
                found -> found.bpjsBridging().attempts() >= 1
                        && found.bpjsBridging().status() == BpjsBridgingStatus.PENDING);
        assertThat(failedOnce.bpjsBridging().reason()).contains("BPJS");
        assertThat(sandbox.visitCount(today)).isEqualTo(before);

        sandbox.simulateOutage(false);
        BpjsBridging bridged = awaitStatus(registration, BpjsBridgingStatus.BRIDGED);
        assertThat(bridged.attempts()).isGreaterThanOrEqualTo(2);
        assertThat(sandbox.visitCount(today)).isEqualTo(before + 1);
        assertThat(visitsAt(CARD, "002")).hasSize(1);
    }

    @Test
    void aVisitPcareAlreadyHasIsRecordedWithItsNumberAndNotAddedAgain() {
        RegistrationView registration = checkedBpjsRegistration(SECOND_CARD);
        // the process died after PCare's answer and before our event: PCare has the visit
        VisitNumber existing = pcare.addVisit(new VisitRegistration(SECOND_CARD, today, PcareSandbox.PROVIDER_CODE,
                "001", "", true, CareType.OUTPATIENT, null, null, null, null, null, null, null, false));
        int before = sandbox.visitCount(today);

        request(registration, SECOND_CARD, "001");

        BpjsBridging bridged = awaitStatus(registration, BpjsBridgingStatus.BRIDGED);
        assertThat(bridged.queueNumber()).isEqualTo(existing.queueNumber());
        assertThat(sandbox.visitCount(today)).isEqualTo(before);
        assertThat(visitsAt(SECOND_CARD, "001")).hasSize(1);
    }

    @Test
    void anUnknownPoliCodeFailsWithoutRetryAndIsShown() {
        RegistrationView registration = checkedBpjsRegistration(CARD);

        request(registration, CARD, "999");

        BpjsBridging failed = awaitStatus(registration, BpjsBridgingStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.reason()).contains("Kode rujukan", "999");
        pause();
        assertThat(registrations.find(registration.registrationId()).orElseThrow().bpjsBridging().attempts())
                .isEqualTo(1);
        assertThat(visitsAt(CARD, "999")).isEmpty();
    }

    @Test
    void cancellingTheRegistrationDeletesTheBridgedVisitAtPcare() {
        RegistrationView registration = checkedBpjsRegistration(SECOND_CARD);
        request(registration, SECOND_CARD, "003");
        awaitStatus(registration, BpjsBridgingStatus.BRIDGED);
        assertThat(visitsAt(SECOND_CARD, "003")).hasSize(1);

        asOfficer(() -> registrations.cancel(registrations.find(registration.registrationId()).orElseThrow(),
                "salah pasien"));

        awaitStatus(registration, BpjsBridgingStatus.DELETED);
        assertThat(visitsAt(SECOND_CARD, "003")).isEmpty();
    }

    private void request(RegistrationView registration, String card, String poliCode) {
        asOfficer(() -> {
            commandGateway.sendAndWait(new RequestBpjsVisitCommand(registration.registrationId(), card, today, null,
                    poliCode));
            return null;
        });
    }

    /** A BPJS registration at Poli Umum of a called ticket, with an active participant checked. */
    private RegistrationView checkedBpjsRegistration(String card) {
        return asOfficer(() -> {
            CounterView counter = masterData.counters().get(0);
            TicketView issued = kiosk.takeTicket(new TicketRequest(TicketCategory.GENERAL, null, PaymentType.BPJS,
                    "UMUM"));
            TicketView serving = calling.startServing(calling.call(issued, counter));
            String registrationId = UUID.randomUUID().toString();
            commandGateway.sendAndWait(new StartRegistrationCommand(registrationId, serving.ticketId(),
                    "patient-" + registrationId, PatientKind.BARU, PaymentType.BPJS, "UMUM", null, null));
            commandGateway.sendAndWait(new RecordBpjsCheckCommand(registrationId, card, "PESERTA", true, "KELAS III",
                    "PBI (APBN)", "PUSKESMAS", today.plusYears(1)));
            return await().atMost(Duration.ofSeconds(20)).until(() -> registrations.find(registrationId).orElse(null),
                    found -> found != null && found.bpjsCheck() != null);
        });
    }

    private BpjsBridging awaitStatus(RegistrationView registration, BpjsBridgingStatus status) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> registrations.find(registration.registrationId()).orElseThrow().bpjsBridging(),
                bridging -> bridging != null && bridging.status() == status);
    }

    private List<BpjsVisit> visitsAt(String card, String poliCode) {
        return pcare.findVisits(today, 0, 500).items().stream()
                    .filter(v -> card.equals(v.number().cardNumber()) && poliCode.equals(v.number().clinicCode()))
                    .toList();
    }

    /** The PCare calls recorded for a registration, from the event store. */
    private List<PcareCallRecordedEvent> recordedCalls(String registrationId) throws InterruptedException {
        List<PcareCallRecordedEvent> calls = new java.util.ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            while (stream.hasNextAvailable()) {
                if (stream.nextAvailable().getPayload() instanceof PcareCallRecordedEvent call
                        && registrationId.equals(call.registrationId())) {
                    calls.add(call);
                }
            }
        }
        return calls;
    }

    private static void pause() {
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static <T> T asOfficer(java.util.function.Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        Callers.runAs(new UsernamePasswordAuthenticationToken("loket@giliran.id", null,
                List.of(new SimpleGrantedAuthority("ROLE_PETUGAS_LOKET"))), () -> result.set(work.get()));
        return result.get();
    }
}
