package id.giliran.patient.command;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import id.giliran.api.common.ErrorCode;
import id.giliran.api.patient.BloodType;
import id.giliran.api.patient.MaritalStatus;
import id.giliran.api.patient.PatientDetails;
import id.giliran.api.patient.PatientNikClaimedEvent;
import id.giliran.api.patient.PatientNikReleasedEvent;
import id.giliran.api.patient.PatientRegisteredEvent;
import id.giliran.api.patient.PatientUpdatedEvent;
import id.giliran.api.patient.RegisterPatientCommand;
import id.giliran.api.patient.Sex;
import id.giliran.api.patient.UpdatePatientCommand;
import id.giliran.command.BusinessRuleViolation;
import id.giliran.privacy.KeyedHashes;
import id.giliran.privacy.MasterKeys;
import id.giliran.privacy.PersonalDataKeys;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static id.giliran.patient.command.PatientTest.AT_THE_DESK;
import static id.giliran.patient.command.PatientTest.JAKARTA;
import static id.giliran.patient.command.PatientTest.NOW;
import static id.giliran.patient.command.PatientTest.OFFICER;
import static id.giliran.patient.command.PatientTest.SITI_NIK;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-patient-per-NIK rule as the {@link RepositoryPatientRegistry} keeps it: claims under the NIK's keyed
 * hash, never the NIK itself, while the claims of a data directory from before the keyed hash (under the NIK)
 * still hold and are released with the NIK. The patient runs in the aggregate fixture; its NIK claims are real
 * {@link PatientNik} aggregates in an in-memory event store, loaded in the fixture's unit of work.
 */
class PatientNikTest {

    /** Siti's NIK corrected: born 15 January 1990 in another kecamatan. */
    static final String CORRECTED_NIK = "3201025501900007";

    private MongoServer server;
    private MongoClient client;
    private KeyedHashes hashes;
    private EmbeddedEventStore claims;
    private FixtureConfiguration<Patient> fixture;

    @BeforeEach
    void setUp() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        byte[] master = new byte[32];
        new SecureRandom().nextBytes(master);
        Clock clock = Clock.fixed(NOW, JAKARTA);
        PersonalDataKeys keys = new PersonalDataKeys(new MongoTemplate(client, "keys"),
                new MasterKeys(master, List.of()), clock);
        keys.open();
        hashes = new KeyedHashes(keys);
        claims = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        RepositoryPatientRegistry registry = new RepositoryPatientRegistry(
                EventSourcingRepository.builder(PatientNik.class).eventStore(claims).build(),
                EventSourcingRepository.builder(MedicalRecordNumbering.class).eventStore(claims).build(),
                claims, hashes, "RM-%06d");
        fixture = new AggregateTestFixture<>(Patient.class);
        fixture.registerInjectableResource(clock);
        fixture.registerInjectableResource(registry);
    }

    @AfterEach
    void tearDown() {
        claims.shutDown();
        client.close();
        server.shutdownNow();
    }

    private String keyed(String nik) {
        return PatientNik.id(hashes.nik(nik));
    }

    private List<Object> stream(String aggregateId) {
        return claims.readEvents(aggregateId).asStream().map(DomainEventMessage::getPayload).map(Object.class::cast)
                     .toList();
    }

    /** A claim as a data directory from before the keyed hash holds it: under the NIK itself. */
    private void legacy(Object... events) {
        String id = PatientNik.legacyId(SITI_NIK);
        for (int i = 0; i < events.length; i++) {
            claims.publish(new GenericDomainEventMessage<>("PatientNik", id, i, events[i]));
        }
    }

    private void keyedClaim(String nik, String patientId) {
        claims.publish(new GenericDomainEventMessage<>("PatientNik", keyed(nik), 0,
                new PatientNikClaimedEvent(keyed(nik), nik, patientId)));
    }

    /** Siti registered as the first patient of a new numbering. */
    private static PatientRegisteredEvent registeredFirst() {
        return new PatientRegisteredEvent("p-1", "RM-000001", PatientTest.stored(), null, OFFICER, NOW);
    }

    private static PatientDetails corrected() {
        return PatientTest.with(fields -> {
            fields.put("nik", CORRECTED_NIK);
            return fields;
        });
    }

    @Test
    void canClaimANikUnderItsKeyedHashNeverUnderTheNik() {
        fixture.givenNoPriorActivity()
               .when(new RegisterPatientCommand("p-1", PatientTest.typed(), null), AT_THE_DESK)
               .expectSuccessfulHandlerExecution()
               .expectEvents(registeredFirst());

        String claimId = keyed(SITI_NIK);
        assertThat(claimId).matches("nik:[0-9a-f]{64}").doesNotContain(SITI_NIK);
        List<? extends DomainEventMessage<?>> stored = claims.readEvents(claimId).asStream().toList();
        assertThat(stored).singleElement().satisfies(claim -> {
            assertThat(claim.getAggregateIdentifier()).isEqualTo(claimId).doesNotContain(SITI_NIK);
            assertThat(claim.getPayload()).isEqualTo(new PatientNikClaimedEvent(claimId, SITI_NIK, "p-1"));
        });
        assertThat(stream(PatientNik.legacyId(SITI_NIK))).as("no claim is made under the NIK").isEmpty();
    }

    @Test
    void cannotClaimANikAnotherPatientHoldsUnderItsKeyedHash() {
        keyedClaim(SITI_NIK, "p-9");
        fixture.givenNoPriorActivity()
               .when(new RegisterPatientCommand("p-1", PatientTest.typed(), null), AT_THE_DESK)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.NIK_ALREADY_REGISTERED.name())
               .expectExceptionMessage(PatientNik.alreadyRegistered("p-9"))
               .expectNoEvents();
        assertThat(stream(keyed(SITI_NIK))).hasSize(1);
    }

    @Test
    void cannotClaimANikAnotherPatientHoldsUnderTheLegacyId() {
        legacy(new PatientNikClaimedEvent(PatientNik.legacyId(SITI_NIK), SITI_NIK, "p-9"));
        fixture.givenNoPriorActivity()
               .when(new RegisterPatientCommand("p-1", PatientTest.typed(), null), AT_THE_DESK)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.NIK_ALREADY_REGISTERED.name())
               .expectExceptionMessage(PatientNik.alreadyRegistered("p-9"))
               .expectNoEvents();
        assertThat(stream(keyed(SITI_NIK))).as("nothing claimed under the keyed hash").isEmpty();
        assertThat(stream(PatientNik.legacyId(SITI_NIK))).hasSize(1);
    }

    @Test
    void canClaimANikWhoseLegacyClaimWasReleased() {
        String legacyId = PatientNik.legacyId(SITI_NIK);
        legacy(new PatientNikClaimedEvent(legacyId, SITI_NIK, "p-9"),
                new PatientNikReleasedEvent(legacyId, SITI_NIK, "p-9"));
        fixture.givenNoPriorActivity()
               .when(new RegisterPatientCommand("p-1", PatientTest.typed(), null), AT_THE_DESK)
               .expectSuccessfulHandlerExecution()
               .expectEvents(registeredFirst());
        assertThat(stream(keyed(SITI_NIK))).containsExactly(
                new PatientNikClaimedEvent(keyed(SITI_NIK), SITI_NIK, "p-1"));
        assertThat(stream(legacyId)).as("the legacy stream gets nothing new").hasSize(2);
    }

    @Test
    void canCorrectANikReleasingItsLegacyClaimAndItsKeyedClaim() {
        String legacyId = PatientNik.legacyId(SITI_NIK);
        legacy(new PatientNikClaimedEvent(legacyId, SITI_NIK, "p-1"));
        keyedClaim(SITI_NIK, "p-1");
        fixture.given(PatientTest.registered())
               .when(new UpdatePatientCommand("p-1", corrected(), "NIK salah ketik", null), AT_THE_DESK)
               .expectSuccessfulHandlerExecution()
               .expectEvents(new PatientUpdatedEvent("p-1", new PatientDetails(CORRECTED_NIK, "Siti Aminah",
                       "Bogor", LocalDate.of(1990, 1, 15), Sex.PEREMPUAN, "Jl. Melati No. 5", "003/005", "Cibinong",
                       "Cibinong", "Kabupaten Bogor", "+6281234567890", BloodType.O, MaritalStatus.KAWIN, "Guru",
                       "Penisilin", "0001234567890"), "NIK salah ketik", null, OFFICER, NOW));

        assertThat(stream(legacyId)).containsExactly(new PatientNikClaimedEvent(legacyId, SITI_NIK, "p-1"),
                new PatientNikReleasedEvent(legacyId, SITI_NIK, "p-1"));
        assertThat(stream(keyed(SITI_NIK))).containsExactly(
                new PatientNikClaimedEvent(keyed(SITI_NIK), SITI_NIK, "p-1"),
                new PatientNikReleasedEvent(keyed(SITI_NIK), SITI_NIK, "p-1"));
        assertThat(stream(keyed(CORRECTED_NIK))).containsExactly(
                new PatientNikClaimedEvent(keyed(CORRECTED_NIK), CORRECTED_NIK, "p-1"));
        assertThat(stream(PatientNik.legacyId(CORRECTED_NIK))).isEmpty();
    }

    @Test
    void canCorrectANikHeldOnlyUnderTheLegacyId() {
        String legacyId = PatientNik.legacyId(SITI_NIK);
        legacy(new PatientNikClaimedEvent(legacyId, SITI_NIK, "p-1"));
        fixture.given(PatientTest.registered())
               .when(new UpdatePatientCommand("p-1", corrected(), "NIK salah ketik", null), AT_THE_DESK)
               .expectSuccessfulHandlerExecution();

        assertThat(stream(legacyId)).last().isEqualTo(new PatientNikReleasedEvent(legacyId, SITI_NIK, "p-1"));
        assertThat(stream(keyed(SITI_NIK))).as("nothing to release under the keyed hash").isEmpty();
        assertThat(stream(keyed(CORRECTED_NIK))).hasSize(1);
    }

    @Test
    void cannotReleaseANikThePatientDoesNotHoldAndSaysSoWithoutTheNik() {
        legacy(new PatientNikClaimedEvent(PatientNik.legacyId(SITI_NIK), SITI_NIK, "p-9"));
        fixture.given(PatientTest.registered())
               .when(new UpdatePatientCommand("p-1", corrected(), "NIK salah ketik", null), AT_THE_DESK)
               .expectException(IllegalStateException.class)
               .expectException(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasToString(
                       org.hamcrest.Matchers.containsString(SITI_NIK.substring(0, 12)))))
               .expectNoEvents();
        assertThat(stream(PatientNik.legacyId(SITI_NIK))).hasSize(1);
        assertThat(stream(keyed(CORRECTED_NIK))).isEmpty();
    }

    @Test
    void noLogLineCarriesTheNik() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level level = root.getLevel();
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        root.addAppender(lines);
        root.setLevel(Level.DEBUG);
        try {
            legacy(new PatientNikClaimedEvent(PatientNik.legacyId(SITI_NIK), SITI_NIK, "p-1"));
            fixture.given(PatientTest.registered())
                   .when(new UpdatePatientCommand("p-1", corrected(), "NIK salah ketik", null), AT_THE_DESK)
                   .expectSuccessfulHandlerExecution();
            fixture.givenNoPriorActivity()
                   .when(new RegisterPatientCommand("p-2", PatientTest.with(fields -> {
                       fields.put("nik", CORRECTED_NIK);
                       return fields;
                   }), null), AT_THE_DESK)
                   .expectException(BusinessRuleViolation.class);
        } finally {
            root.detachAppender(lines);
            root.setLevel(level);
        }
        assertThat(lines.list).as("something was logged at all").isNotEmpty();
        assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage)
                              .noneMatch(line -> line.contains(SITI_NIK) || line.contains(CORRECTED_NIK));
    }
}
