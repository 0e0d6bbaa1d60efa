package id.giliran.bpjs.calllog;

import id.giliran.api.bpjs.BpjsCheckOutcome;
import id.giliran.api.bpjs.CheckBpjsParticipantQuery;
import id.giliran.api.bpjs.PcareCallRecordedEvent;
import id.giliran.api.identity.Caller;
import id.giliran.api.identity.Role;
import id.giliran.bpjs.participant.BpjsParticipantCheck;
import id.giliran.bpjs.pcare.PcareClient;
import id.giliran.bpjs.pcare.PcareException;
import id.giliran.bpjs.pcare.PcareSettings;
import id.giliran.bpjs.sandbox.PcareSandbox;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.eventhandling.gateway.DefaultEventGateway;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every PCare call against the sandbox becomes one masked {@link PcareCallRecordedEvent} on the event bus:
 * with status, BPJS code, duration, who caused it and for which registration, and never a card number,
 * NIK, name or secret in clear.
 */
class PcareCallRecorderTest {

    /** The Puskesmas' clock, fixed: the sandbox checks signatures, not how fresh a timestamp is. */
    static final Clock CLOCK = Clock.fixed(java.time.Instant.parse("2026-11-30T02:00:00Z"),
            java.time.ZoneId.of("Asia/Jakarta"));

    private static PcareSandbox sandbox;
    private final List<EventMessage<?>> published = new CopyOnWriteArrayList<>();
    private PcareClient client;

    @BeforeAll
    static void start() {
        sandbox = PcareSandbox.start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void wire() {
        SimpleEventBus eventBus = SimpleEventBus.builder().build();
        eventBus.subscribe(published::addAll);
        PcareCallRecorder recorder = new PcareCallRecorder(DefaultEventGateway.builder().eventBus(eventBus).build(),
                NoTransactionManager.INSTANCE, Runnable::run);
        client = new PcareClient(sandbox.clientSettings(), CLOCK, recorder);
    }

    @AfterEach
    void clearFaults() {
        sandbox.resetFaults();
    }

    private List<PcareCallRecordedEvent> calls() {
        return published.stream().map(EventMessage::getPayload).map(PcareCallRecordedEvent.class::cast).toList();
    }

    /** What a secret or a piece of personal data must never be part of. */
    private static void assertNothingInClear(EventMessage<?> message) {
        String everything = message.getPayload().toString() + message.getMetaData();
        PcareSandbox.Credentials credentials = sandbox.credentials();
        assertThat(everything).doesNotContain(PcareSandbox.ACTIVE_CARD, PcareSandbox.ACTIVE_NIK, "SITI AMINAH",
                credentials.consumerSecret(), credentials.userKey(), credentials.password());
    }

    @Test
    void anOfficersCheckIsRecordedMaskedWithStatusDurationUserAndRegistration() {
        var query = GenericMessage.asMessage(new CheckBpjsParticipantQuery(PcareSandbox.ACTIVE_CARD, "reg-7", "p-7"))
                .andMetaData(new Caller("ani@puskesmas.id", Set.of(Role.PETUGAS_LOKET), "10.0.0.3").toMetaData());
        BpjsParticipantCheck check = new BpjsParticipantCheck(client);

        var answer = DefaultUnitOfWork.startAndGet(query)
                .executeWithResult(() -> check.handle((CheckBpjsParticipantQuery) query.getPayload())).getPayload();

        assertThat(answer.outcome()).isEqualTo(BpjsCheckOutcome.FOUND);
        assertThat(calls()).hasSize(1);
        PcareCallRecordedEvent call = calls().get(0);
        assertThat(call.action()).isEqualTo("FIND_PARTICIPANT_BY_CARD");
        assertThat(call.method()).isEqualTo("GET");
        assertThat(call.endpoint()).startsWith("/peserta/").endsWith("7890").doesNotContain(PcareSandbox.ACTIVE_CARD);
        assertThat(call.httpStatus()).isEqualTo(200);
        assertThat(call.bpjsCode()).isEqualTo(200);
        assertThat(call.outcome()).isEqualTo("SUCCESS");
        assertThat(call.failure()).isNull();
        assertThat(call.durationMillis()).isNotNegative();
        assertThat(call.startedAt()).isNotNull();
        assertThat(call.username()).isEqualTo("ani@puskesmas.id");
        assertThat(call.requestedBy()).isNull();
        assertThat(call.registrationId()).isEqualTo("reg-7");
        assertThat(call.patientId()).as("the call is the patient's data, erased with it").isEqualTo("p-7");
        assertThat(call.responseBody()).contains("\"noKartu\"", "S*** A***").doesNotContain("<terenkripsi");
        assertThat(published.get(0).getMetaData()).containsEntry(Caller.USERNAME, "ani@puskesmas.id");
        assertNothingInClear(published.get(0));
    }

    @Test
    void aCheckByNikKeepsTheNikMasked() {
        new BpjsParticipantCheck(client).handle(new CheckBpjsParticipantQuery(PcareSandbox.ACTIVE_NIK));

        PcareCallRecordedEvent call = calls().get(0);
        assertThat(call.action()).isEqualTo("FIND_PARTICIPANT_BY_NIK");
        assertThat(call.username()).as("nobody known: the system").isEqualTo(Caller.SYSTEM);
        assertThat(call.patientId()).as("no patient named").isNull();
        assertNothingInClear(published.get(0));
    }

    @Test
    void backgroundCallsNameTheSystemAndWhoAskedForTheVisit() {
        new PcareCallContext(Caller.SYSTEM, "ani@puskesmas.id", "reg-9", "p-9")
                .run(() -> client.findVisits(LocalDate.now(CLOCK), 0, 10));

        PcareCallRecordedEvent call = calls().get(0);
        assertThat(call.action()).isEqualTo("LIST_VISITS");
        assertThat(call.username()).isEqualTo(Caller.SYSTEM);
        assertThat(call.requestedBy()).isEqualTo("ani@puskesmas.id");
        assertThat(call.registrationId()).isEqualTo("reg-9");
        assertThat(call.patientId()).isEqualTo("p-9");
        assertThat(PcareCallContext.current()).as("restored after the work").isEmpty();
    }

    @Test
    void aFailedCallIsRecordedWithItsFailureKind() {
        sandbox.simulateOutage(true);

        assertThatThrownBy(() -> client.findParticipantByCardNumber(PcareSandbox.ACTIVE_CARD))
                .isInstanceOf(PcareException.class);

        PcareCallRecordedEvent call = calls().get(0);
        assertThat(call.outcome()).isEqualTo("FAILURE");
        assertThat(call.failure()).isEqualTo("SERVER_ERROR");
        assertThat(call.httpStatus()).isEqualTo(503);
        assertNothingInClear(published.get(0));
    }

    @Test
    void theClientUsesTheSettingsOfTheMomentForEachCall() {
        PcareSettings good = sandbox.clientSettings();
        AtomicReference<PcareSettings> current = new AtomicReference<>(new PcareSettings(good.consumerId(),
                "not-the-secret", good.userKey(), good.username(), good.password(), null, good.baseUrl(), null, null));
        SimpleEventBus eventBus = SimpleEventBus.builder().build();
        eventBus.subscribe(published::addAll);
        PcareClient changing = new PcareClient(current::get, CLOCK, new PcareCallRecorder(
                DefaultEventGateway.builder().eventBus(eventBus).build(), NoTransactionManager.INSTANCE, Runnable::run));

        assertThatThrownBy(() -> changing.findParticipantByCardNumber(PcareSandbox.ACTIVE_CARD))
                .isInstanceOf(PcareException.class);
        current.set(good);
        assertThat(changing.findParticipantByCardNumber(PcareSandbox.ACTIVE_CARD)).isPresent();

        assertThat(calls()).extracting(PcareCallRecordedEvent::outcome).containsExactly("FAILURE", "SUCCESS");
        assertThat(published).noneMatch(message -> message.getPayload().toString().contains("not-the-secret"));
    }
}
