package id.giliran.registration.query;

import id.giliran.api.masterdata.ClinicRegisteredEvent;
import id.giliran.api.queue.PaymentType;
import id.giliran.api.registration.BpjsBridging;
import id.giliran.api.registration.BpjsBridgingStatus;
import id.giliran.api.registration.BpjsVisitAttemptFailedEvent;
import id.giliran.api.registration.BpjsVisitAttemptStartedEvent;
import id.giliran.api.registration.BpjsVisitBridgedEvent;
import id.giliran.api.registration.BpjsVisitDeletedEvent;
import id.giliran.api.registration.BpjsVisitDeletionRequestedEvent;
import id.giliran.api.registration.BpjsVisitRequestedEvent;
import id.giliran.api.registration.FindDueBpjsVisitsQuery;
import id.giliran.api.registration.FindRegistrationQuery;
import id.giliran.api.registration.MedicalRecordStatus;
import id.giliran.api.registration.PatientKind;
import id.giliran.api.registration.RegistrationStartedEvent;
import id.giliran.api.registration.RegistrationView;
import id.giliran.query.EmbeddedMongo;
import id.giliran.query.PersonalDataFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The PCare visit on the registration view, and which registrations the sender finds due. */
class BpjsBridgingProjectionTest {

    static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");
    static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    static final String CARD = "0001234567890";

    private EmbeddedMongo mongo;
    private PersonalDataFixture privacy;
    private RegistrationProjection projection;

    @BeforeEach
    void setUp() {
        mongo = new EmbeddedMongo();
        privacy = new PersonalDataFixture(mongo.template());
        projection = new RegistrationProjection(mongo.template(),
                org.mockito.Mockito.mock(org.axonframework.queryhandling.QueryUpdateEmitter.class), privacy.fields());
        projection.on(new ClinicRegisteredEvent("UMUM", "Poli Umum", "A"));
        projection.on(started("r1"));
        projection.on(started("r2"));
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    private static RegistrationStartedEvent started(String id) {
        return new RegistrationStartedEvent(id, "REG-" + id, DAY, "t-" + id, "A-001", "p1", PatientKind.LAMA,
                PaymentType.BPJS, "UMUM", null, "", MedicalRecordStatus.RETRIEVED, "loket@giliran.id", T0);
    }

    private BpjsBridging bridging(String id) {
        return projection.handle(new FindRegistrationQuery(id)).orElseThrow().bpjsBridging();
    }

    private java.util.List<String> due(Instant now) {
        return projection.handle(new FindDueBpjsVisitsQuery(now, 10)).stream()
                         .map(RegistrationView::registrationId).toList();
    }

    @Test
    void aRequestIsDueAtOnceThenInProgressThenBridged() {
        assertThat(bridging("r1")).isNull();
        projection.on(new BpjsVisitRequestedEvent("r1", CARD, DAY, "0114A026", "001", "loket@giliran.id", T0, "p1"));

        assertThat(bridging("r1")).isEqualTo(new BpjsBridging(BpjsBridgingStatus.PENDING, CARD, DAY, "0114A026",
                "001", null, null, 0, T0, "loket@giliran.id", T0));
        assertThat(due(T0)).containsExactly("r1");
        assertThat(due(T0.minusSeconds(1))).isEmpty();

        projection.on(new BpjsVisitAttemptStartedEvent("r1", 1, false, T0, T0.plusSeconds(120)));
        assertThat(bridging("r1").status()).isEqualTo(BpjsBridgingStatus.SENDING);
        assertThat(due(T0.plusSeconds(60))).as("in progress").isEmpty();
        assertThat(due(T0.plusSeconds(120))).as("lost: may be taken over").containsExactly("r1");

        projection.on(new BpjsVisitBridgedEvent("r1", 1, "A7", false, T0));
        assertThat(bridging("r1").status()).isEqualTo(BpjsBridgingStatus.BRIDGED);
        assertThat(bridging("r1").queueNumber()).isEqualTo("A7");
        assertThat(due(T0.plusSeconds(3600))).isEmpty();
    }

    @Test
    void aTransientFailureWaitsForItsRetryAndA4xxIsGivenUpAndShown() {
        projection.on(new BpjsVisitRequestedEvent("r1", CARD, DAY, null, "001", "loket@giliran.id", T0, "p1"));
        projection.on(new BpjsVisitAttemptStartedEvent("r1", 1, false, T0, T0.plusSeconds(120)));
        projection.on(new BpjsVisitAttemptFailedEvent("r1", 1, false, "Server BPJS bermasalah", true,
                T0.plusSeconds(30), T0));
        assertThat(bridging("r1").status()).isEqualTo(BpjsBridgingStatus.PENDING);
        assertThat(bridging("r1").reason()).isEqualTo("Server BPJS bermasalah");
        assertThat(bridging("r1").attempts()).isEqualTo(1);
        assertThat(due(T0.plusSeconds(29))).isEmpty();
        assertThat(due(T0.plusSeconds(30))).containsExactly("r1");

        projection.on(new BpjsVisitAttemptStartedEvent("r1", 2, false, T0, T0.plusSeconds(120)));
        projection.on(new BpjsVisitAttemptFailedEvent("r1", 2, false, "Kode poli tidak dikenal", false, null, T0));
        assertThat(bridging("r1").status()).isEqualTo(BpjsBridgingStatus.FAILED);
        assertThat(bridging("r1").reason()).isEqualTo("Kode poli tidak dikenal");
        assertThat(due(T0.plusSeconds(3600))).isEmpty();
    }

    @Test
    void aCancelledRegistrationsVisitIsDueForDeletionAfterAnAddInProgress() {
        projection.on(new BpjsVisitRequestedEvent("r1", CARD, DAY, null, "001", "loket@giliran.id", T0, "p1"));
        projection.on(new BpjsVisitAttemptStartedEvent("r1", 1, false, T0, T0.plusSeconds(120)));
        projection.on(new BpjsVisitDeletionRequestedEvent("r1", T0));
        assertThat(bridging("r1").status()).as("the add in progress ends first").isEqualTo(BpjsBridgingStatus.SENDING);

        projection.on(new BpjsVisitBridgedEvent("r1", 1, "A1", false, T0.plusSeconds(1)));
        assertThat(bridging("r1").status()).isEqualTo(BpjsBridgingStatus.DELETE_PENDING);
        assertThat(bridging("r1").attempts()).isZero();
        assertThat(bridging("r1").queueNumber()).isEqualTo("A1");
        assertThat(due(T0.plusSeconds(1))).containsExactly("r1");

        projection.on(new BpjsVisitAttemptStartedEvent("r1", 1, true, T0, T0.plusSeconds(120)));
        assertThat(bridging("r1").status()).isEqualTo(BpjsBridgingStatus.DELETING);
        projection.on(new BpjsVisitDeletedEvent("r1", 1, T0));
        assertThat(bridging("r1").status()).isEqualTo(BpjsBridgingStatus.DELETED);
        assertThat(due(T0.plusSeconds(3600))).isEmpty();
    }

    @Test
    void aBridgedVisitIsDueForDeletionAtOnce() {
        projection.on(new BpjsVisitRequestedEvent("r2", CARD, DAY, null, "001", "loket@giliran.id", T0, "p1"));
        projection.on(new BpjsVisitAttemptStartedEvent("r2", 1, false, T0, T0.plusSeconds(120)));
        projection.on(new BpjsVisitBridgedEvent("r2", 1, "A2", true, T0));
        projection.on(new BpjsVisitDeletionRequestedEvent("r2", T0.plusSeconds(5)));
        assertThat(bridging("r2").status()).isEqualTo(BpjsBridgingStatus.DELETE_PENDING);
        assertThat(due(T0.plusSeconds(5))).containsExactly("r2");
    }

    @Test
    void theDailyReportCountsTheVisitsOfTheServiceDateByStatus() {
        projection.on(started("r3"));
        projection.on(started("r4"));
        projection.on(new BpjsVisitRequestedEvent("r1", CARD, DAY, null, "001", "loket@giliran.id", T0, "p1"));
        projection.on(new BpjsVisitAttemptStartedEvent("r1", 1, false, T0, T0.plusSeconds(120)));
        projection.on(new BpjsVisitBridgedEvent("r1", 1, "A1", false, T0));
        projection.on(new BpjsVisitRequestedEvent("r2", CARD, DAY, null, "999", "loket@giliran.id", T0, "p1"));
        projection.on(new BpjsVisitAttemptStartedEvent("r2", 1, false, T0, T0.plusSeconds(120)));
        projection.on(new BpjsVisitAttemptFailedEvent("r2", 1, false, "Kode poli tidak dikenal", false, null, T0));
        projection.on(new BpjsVisitRequestedEvent("r3", CARD, DAY, null, "001", "loket@giliran.id", T0, "p1"));
        // r4 has no PCare visit; one for the next day is not counted on DAY
        projection.on(new RegistrationStartedEvent("r5", "REG-r5", DAY.plusDays(1), "t-r5", "A-001", "p1",
                PatientKind.LAMA, PaymentType.BPJS, "UMUM", null, "", MedicalRecordStatus.RETRIEVED,
                "loket@giliran.id", T0));
        projection.on(new BpjsVisitRequestedEvent("r5", CARD, DAY.plusDays(1), null, "001", "loket@giliran.id", T0, "p1"));

        var counts = projection.handle(new id.giliran.api.registration.FindBpjsVisitCountsQuery(DAY));

        assertThat(counts.visitDate()).isEqualTo(DAY);
        assertThat(counts.bridged()).isEqualTo(1);
        assertThat(counts.failed()).isEqualTo(1);
        assertThat(counts.pending()).isEqualTo(1);
        assertThat(counts.deletions()).isZero();
        assertThat(projection.handle(new id.giliran.api.registration.FindBpjsVisitCountsQuery(DAY.plusDays(1)))
                             .pending()).isEqualTo(1);
        assertThat(projection.handle(new id.giliran.api.registration.FindBpjsVisitCountsQuery(DAY.minusDays(1)))
                             .byStatus()).isEmpty();
    }
}
