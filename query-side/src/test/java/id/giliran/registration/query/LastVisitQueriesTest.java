package id.giliran.registration.query;

import id.giliran.api.queue.PaymentType;
import id.giliran.api.registration.FindLastVisitQuery;
import id.giliran.api.registration.LastVisitView;
import id.giliran.api.registration.MedicalRecordStatus;
import id.giliran.api.registration.PatientKind;
import id.giliran.api.registration.RegistrationCancelledEvent;
import id.giliran.api.registration.RegistrationStartedEvent;
import id.giliran.query.EmbeddedMongo;
import id.giliran.query.PersonalDataFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** The last visit the erasure's retention rule counts from, against the embedded MongoDB. */
class LastVisitQueriesTest {

    private EmbeddedMongo mongo;
    private RegistrationProjection projection;
    private final AtomicBoolean complete = new AtomicBoolean(true);
    private LastVisitQueries queries;

    @BeforeEach
    void setUp() {
        mongo = new EmbeddedMongo();
        projection = new RegistrationProjection(mongo.template(),
                org.mockito.Mockito.mock(org.axonframework.queryhandling.QueryUpdateEmitter.class),
                new PersonalDataFixture(mongo.template()).fields());
        queries = new LastVisitQueries(mongo.template(), complete::get);
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    private void visit(String registrationId, String patientId, LocalDate day) {
        projection.on(new RegistrationStartedEvent(registrationId, "REG-" + registrationId, day, "t-" + registrationId,
                "A-001", patientId, PatientKind.LAMA, PaymentType.UMUM, "UMUM", null, null,
                MedicalRecordStatus.RETRIEVED, "loket@giliran.id",
                day.atStartOfDay().toInstant(java.time.ZoneOffset.UTC)));
    }

    @Test
    void theLastVisitIsTheLatestServiceDateOfThePatientsRegistrations() {
        visit("r1", "p1", LocalDate.of(2024, 3, 5));
        visit("r2", "p1", LocalDate.of(2026, 1, 20));
        visit("r3", "p1", LocalDate.of(2025, 12, 31));
        visit("r4", "p2", LocalDate.of(2026, 11, 2));

        assertThat(queries.handle(new FindLastVisitQuery("p1")))
                .isEqualTo(new LastVisitView("p1", LocalDate.of(2026, 1, 20), true));
    }

    @Test
    void aCancelledRegistrationIsAVisitToo() {
        visit("r1", "p1", LocalDate.of(2024, 3, 5));
        visit("r2", "p1", LocalDate.of(2026, 1, 20));
        projection.on(new RegistrationCancelledEvent("r2", "t-r2", "Pasien pulang sebelum dilayani", "loket@giliran.id",
                Instant.parse("2026-01-20T03:00:00Z"), "p1"));

        assertThat(queries.handle(new FindLastVisitQuery("p1")).serviceDate()).isEqualTo(LocalDate.of(2026, 1, 20));
    }

    @Test
    void aPatientWhoNeverVisitedHasNoLastVisit() {
        visit("r1", "p2", LocalDate.of(2026, 11, 2));

        assertThat(queries.handle(new FindLastVisitQuery("p1"))).isEqualTo(new LastVisitView("p1", null, true));
    }

    @Test
    void theAnswerIsIncompleteWhileTheReadModelIsRebuilt() {
        visit("r1", "p1", LocalDate.of(2024, 3, 5));
        complete.set(false);

        assertThat(queries.handle(new FindLastVisitQuery("p1")).complete()).isFalse();
    }
}
