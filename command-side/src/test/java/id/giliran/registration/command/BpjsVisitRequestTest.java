package id.giliran.registration.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.queue.PaymentType;
import id.giliran.api.registration.BpjsParticipantCheckedEvent;
import id.giliran.api.registration.BpjsVisitAttemptFailedEvent;
import id.giliran.api.registration.BpjsVisitAttemptStartedEvent;
import id.giliran.api.registration.BpjsVisitBridgedEvent;
import id.giliran.api.registration.BpjsVisitDeletedEvent;
import id.giliran.api.registration.BpjsVisitDeletionRequestedEvent;
import id.giliran.api.registration.BpjsVisitRequestedEvent;
import id.giliran.api.registration.CancelRegistrationCommand;
import id.giliran.api.registration.RecordBpjsVisitBridgedCommand;
import id.giliran.api.registration.RecordBpjsVisitDeletedCommand;
import id.giliran.api.registration.RecordBpjsVisitFailedCommand;
import id.giliran.api.registration.RegistrationCancelledEvent;
import id.giliran.api.registration.RegistrationChangedEvent;
import id.giliran.api.registration.RegistrationCompletedEvent;
import id.giliran.api.registration.RequestBpjsVisitCommand;
import id.giliran.api.registration.StartBpjsVisitAttemptCommand;
import id.giliran.command.BusinessRuleViolation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static id.giliran.registration.command.RegistrationTest.NOW;
import static id.giliran.registration.command.RegistrationTest.OFFICER;
import static id.giliran.registration.command.RegistrationTest.STARTED;
import static id.giliran.registration.command.RegistrationTest.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/** "Daftarkan ke BPJS" on the registration: the request, the claimed attempts, their outcomes, deletion. */
class BpjsVisitRequestTest {

    static final String CARD = "0001234567890";
    static final BpjsParticipantCheckedEvent ACTIVE = new BpjsParticipantCheckedEvent("r1", CARD, "SITI AMINAH", true,
            "KELAS III", "PBI (APBN)", "PUSKESMAS CIBINONG", LocalDate.of(2027, 12, 31), "loket@giliran.id", NOW, "p1");
    static final RequestBpjsVisitCommand REQUEST = new RequestBpjsVisitCommand("r1", CARD, TODAY, "0114A026", "001");
    static final BpjsVisitRequestedEvent REQUESTED = new BpjsVisitRequestedEvent("r1", CARD, TODAY, "0114A026", "001",
            "loket@giliran.id", NOW, "p1");
    static final Duration CLAIM = Duration.ofMinutes(2);

    private FixtureConfiguration<Registration> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Registration.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneId.of("Asia/Jakarta")));
        fixture.registerInjectableResource(BpjsVisitPolicy.DEFAULT);
        fixture.registerInjectableResource(new TicketHandOff() {
            @Override
            public ClaimedTicket claim(String ticketId, String registrationId, Clock clock) {
                return new ClaimedTicket("A-001", TODAY);
            }

            @Override
            public void release(String ticketId, String registrationId) {
            }

            @Override
            public void directToClinic(String ticketId, String registrationId, String clinicCode, Clock clock) {
            }
        });
    }

    static BpjsVisitAttemptStartedEvent started(int attempt, boolean deletion) {
        return new BpjsVisitAttemptStartedEvent("r1", attempt, deletion, NOW, NOW.plus(CLAIM));
    }

    private void refused(ErrorCode code, Object command, Object... given) {
        fixture.given(given).when(command, OFFICER)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(code.name())
               .expectNoEvents();
    }

    @Test
    void anActiveBpjsRegistrationCanBeRegisteredWithPcareInProgressOrCompleted() {
        fixture.given(STARTED, ACTIVE).when(REQUEST, OFFICER).expectEvents(REQUESTED);
        fixture.given(STARTED, ACTIVE, new RegistrationCompletedEvent("r1", "t1", "p1", "UMUM", "dr-ahmad",
                        "loket@giliran.id", NOW))
               .when(REQUEST, OFFICER).expectEvents(REQUESTED);
    }

    @Test
    void askingAgainChangesNothingUnlessTheLastRequestWasGivenUp() {
        fixture.given(STARTED, ACTIVE, REQUESTED).when(REQUEST, OFFICER).expectSuccessfulHandlerExecution()
               .expectNoEvents();
        fixture.given(STARTED, ACTIVE, REQUESTED, started(1, false),
                        new BpjsVisitAttemptFailedEvent("r1", 1, false, "kode poli", false, null, NOW))
               .when(REQUEST, OFFICER).expectEvents(REQUESTED);
    }

    @Test
    void refusedWithoutBpjsPaymentOrActiveCheckOrMatchingCardOrPoliOrWhenCancelled() {
        refused(ErrorCode.BPJS_VISIT_NOT_ALLOWED, REQUEST, STARTED);
        refused(ErrorCode.BPJS_VISIT_NOT_ALLOWED, REQUEST, STARTED, new BpjsParticipantCheckedEvent("r1", CARD,
                "SITI", false, null, null, null, null, "loket@giliran.id", NOW, "p1"));
        refused(ErrorCode.BPJS_VISIT_NOT_ALLOWED, REQUEST, STARTED, ACTIVE,
                new RegistrationChangedEvent("r1", PaymentType.UMUM, "UMUM", "dr-ahmad", "", "p1"));
        refused(ErrorCode.BPJS_VISIT_NOT_ALLOWED, new RequestBpjsVisitCommand("r1", "0002345678901", TODAY, null,
                "001"), STARTED, ACTIVE);
        refused(ErrorCode.BPJS_VISIT_NOT_ALLOWED, new RequestBpjsVisitCommand("r1", CARD, TODAY, null, " "),
                STARTED, ACTIVE);
        refused(ErrorCode.BPJS_VISIT_NOT_ALLOWED, new RequestBpjsVisitCommand("r1", CARD, TODAY.plusDays(1), null,
                "001"), STARTED, ACTIVE);
        refused(ErrorCode.REGISTRATION_CLOSED, REQUEST, STARTED, ACTIVE,
                new RegistrationCancelledEvent("r1", "t1", "salah", "loket@giliran.id", NOW, "p1"));
    }

    @Test
    void onlyTheNextDueAttemptIsClaimedAndNeverWhileOneIsInProgress() {
        fixture.given(STARTED, ACTIVE, REQUESTED).when(new StartBpjsVisitAttemptCommand("r1", 1))
               .expectEvents(started(1, false));
        refused(ErrorCode.BPJS_VISIT_NOT_DUE, new StartBpjsVisitAttemptCommand("r1", 2), STARTED, ACTIVE, REQUESTED);
        refused(ErrorCode.BPJS_VISIT_NOT_DUE, new StartBpjsVisitAttemptCommand("r1", 2), STARTED, ACTIVE, REQUESTED,
                started(1, false));
        refused(ErrorCode.BPJS_VISIT_NOT_DUE, new StartBpjsVisitAttemptCommand("r1", 1), STARTED, ACTIVE);
        refused(ErrorCode.BPJS_VISIT_NOT_DUE, new StartBpjsVisitAttemptCommand("r1", 2), STARTED, ACTIVE, REQUESTED,
                started(1, false), new BpjsVisitAttemptFailedEvent("r1", 1, false, "5xx", true,
                        NOW.plusSeconds(30), NOW));
        refused(ErrorCode.BPJS_VISIT_NOT_DUE, new StartBpjsVisitAttemptCommand("r1", 2), STARTED, ACTIVE, REQUESTED,
                started(1, false), new BpjsVisitBridgedEvent("r1", 1, "A1", false, NOW));
    }

    @Test
    void anAttemptWhoseOutcomeWasLostIsTakenOverOnceItsTimeIsUp() {
        Instant earlier = NOW.minus(Duration.ofMinutes(5));
        fixture.given(STARTED, ACTIVE, REQUESTED,
                        new BpjsVisitAttemptStartedEvent("r1", 1, false, earlier, earlier.plus(CLAIM)))
               .when(new StartBpjsVisitAttemptCommand("r1", 2))
               .expectEvents(started(2, false));
    }

    @Test
    void theOutcomeIsRecordedForTheAttemptInProgressOnly() {
        fixture.given(STARTED, ACTIVE, REQUESTED, started(1, false))
               .when(new RecordBpjsVisitBridgedCommand("r1", 1, "A1", false))
               .expectEvents(new BpjsVisitBridgedEvent("r1", 1, "A1", false, NOW));
        fixture.given(STARTED, ACTIVE, REQUESTED, started(1, false))
               .when(new RecordBpjsVisitBridgedCommand("r1", 1, "A7", true))
               .expectEvents(new BpjsVisitBridgedEvent("r1", 1, "A7", true, NOW));
        refused(ErrorCode.BPJS_VISIT_NOT_IN_PROGRESS, new RecordBpjsVisitBridgedCommand("r1", 1, "A1", false),
                STARTED, ACTIVE, REQUESTED);
        refused(ErrorCode.BPJS_VISIT_NOT_IN_PROGRESS, new RecordBpjsVisitBridgedCommand("r1", 2, "A1", false),
                STARTED, ACTIVE, REQUESTED, started(1, false));
        refused(ErrorCode.BPJS_VISIT_NOT_IN_PROGRESS, new RecordBpjsVisitFailedCommand("r1", 1, "x", true),
                STARTED, ACTIVE, REQUESTED);
        refused(ErrorCode.BPJS_VISIT_NOT_IN_PROGRESS, new RecordBpjsVisitDeletedCommand("r1", 1),
                STARTED, ACTIVE, REQUESTED, started(1, false));
    }

    @Test
    void transientFailuresAreRetriedWithBackoffAnd4xxAreNot() {
        fixture.given(STARTED, ACTIVE, REQUESTED, started(1, false))
               .when(new RecordBpjsVisitFailedCommand("r1", 1, "Server BPJS bermasalah", true))
               .expectEvents(new BpjsVisitAttemptFailedEvent("r1", 1, false, "Server BPJS bermasalah", true,
                       NOW.plusSeconds(30), NOW));
        fixture.given(STARTED, ACTIVE, REQUESTED, started(1, false),
                        new BpjsVisitAttemptFailedEvent("r1", 1, false, "5xx", true, NOW, NOW), started(2, false))
               .when(new RecordBpjsVisitFailedCommand("r1", 2, "5xx", true))
               .expectEvents(new BpjsVisitAttemptFailedEvent("r1", 2, false, "5xx", true, NOW.plusSeconds(60), NOW));
        fixture.given(STARTED, ACTIVE, REQUESTED, started(1, false))
               .when(new RecordBpjsVisitFailedCommand("r1", 1, "Kode poli tidak dikenal", false))
               .expectEvents(new BpjsVisitAttemptFailedEvent("r1", 1, false, "Kode poli tidak dikenal", false, null,
                       NOW));
    }

    @Test
    void theLastAttemptIsNotRetried() {
        assertThat(BpjsVisitPolicy.DEFAULT.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(BpjsVisitPolicy.DEFAULT.delayAfter(4)).isEqualTo(Duration.ofSeconds(240));
        assertThat(BpjsVisitPolicy.DEFAULT.delayAfter(5)).isNull();
    }

    @Test
    void cancellingABridgedRegistrationRequestsTheDeletionWhichIsClaimedAndRecorded() {
        RegistrationCancelledEvent cancelled = new RegistrationCancelledEvent("r1", "t1", "salah pasien",
                "loket@giliran.id", NOW, "p1");
        BpjsVisitBridgedEvent bridged = new BpjsVisitBridgedEvent("r1", 1, "A1", false, NOW);
        fixture.given(STARTED, ACTIVE, REQUESTED, started(1, false), bridged)
               .when(new CancelRegistrationCommand("r1", "salah pasien"), OFFICER)
               .expectEvents(cancelled, new BpjsVisitDeletionRequestedEvent("r1", NOW));
        fixture.given(STARTED, ACTIVE, REQUESTED, started(1, false), bridged, cancelled,
                        new BpjsVisitDeletionRequestedEvent("r1", NOW))
               .when(new StartBpjsVisitAttemptCommand("r1", 1))
               .expectEvents(started(1, true));
        fixture.given(STARTED, ACTIVE, REQUESTED, started(1, false), bridged, cancelled,
                        new BpjsVisitDeletionRequestedEvent("r1", NOW), started(1, true))
               .when(new RecordBpjsVisitDeletedCommand("r1", 1))
               .expectEvents(new BpjsVisitDeletedEvent("r1", 1, NOW));
        fixture.given(STARTED, ACTIVE, REQUESTED, started(1, false), bridged, cancelled,
                        new BpjsVisitDeletionRequestedEvent("r1", NOW), started(1, true))
               .when(new RecordBpjsVisitFailedCommand("r1", 1, "5xx", true))
               .expectEvents(new BpjsVisitAttemptFailedEvent("r1", 1, true, "5xx", true, NOW.plusSeconds(30), NOW));
    }

    @Test
    void cancellingWithoutAPcareVisitRequestNeedsNoDeletion() {
        fixture.given(STARTED, ACTIVE)
               .when(new CancelRegistrationCommand("r1", "salah pasien"), OFFICER)
               .expectEvents(new RegistrationCancelledEvent("r1", "t1", "salah pasien", "loket@giliran.id", NOW, "p1"));
    }

    @Test
    void aCancellationDuringAnAddWaitsForItsOutcomeThenDeletes() {
        RegistrationCancelledEvent cancelled = new RegistrationCancelledEvent("r1", "t1", "salah pasien",
                "loket@giliran.id", NOW, "p1");
        // the add in progress is still recorded, then deleting is the next (first) attempt
        fixture.given(STARTED, ACTIVE, REQUESTED, started(1, false), cancelled,
                        new BpjsVisitDeletionRequestedEvent("r1", NOW))
               .when(new RecordBpjsVisitBridgedCommand("r1", 1, "A1", false))
               .expectEvents(new BpjsVisitBridgedEvent("r1", 1, "A1", false, NOW));
        fixture.given(STARTED, ACTIVE, REQUESTED, started(1, false), cancelled,
                        new BpjsVisitDeletionRequestedEvent("r1", NOW), new BpjsVisitBridgedEvent("r1", 1, "A1", false,
                                NOW))
               .when(new StartBpjsVisitAttemptCommand("r1", 1))
               .expectEvents(started(1, true));
    }
}
