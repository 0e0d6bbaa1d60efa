package id.giliran.bpjs.query;

import id.giliran.api.bpjs.FindPcareCallCountsQuery;
import id.giliran.api.bpjs.FindPcareCallLogQuery;
import id.giliran.api.bpjs.PcareCallCounts;
import id.giliran.api.bpjs.PcareCallLogEntry;
import id.giliran.api.bpjs.PcareCallRecordedEvent;
import id.giliran.api.privacy.ErasePersonalDataCommand;
import id.giliran.api.privacy.PersonalData;
import id.giliran.api.privacy.PersonalDataErasedEvent;
import id.giliran.api.privacy.SubjectKind;
import id.giliran.api.privacy.SubjectRef;
import id.giliran.api.queue.PaymentType;
import id.giliran.api.registration.MedicalRecordStatus;
import id.giliran.api.registration.PatientKind;
import id.giliran.api.registration.RegistrationStartedEvent;
import id.giliran.query.EmbeddedMongo;
import id.giliran.query.PersonalDataFixture;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BpjsBridgingLogProjectionTest {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final LocalDate DAY = LocalDate.of(2026, 11, 22);
    // 23:30 on the 22nd and 00:30 on the 23rd in Jakarta (UTC+7)
    static final Instant LATE_ON_22ND = Instant.parse("2026-11-22T16:30:00Z");
    static final Instant EARLY_ON_23RD = Instant.parse("2026-11-22T17:30:00Z");
    static final Instant MORNING_OF_22ND = Instant.parse("2026-11-22T01:00:00Z");

    private EmbeddedMongo mongo;
    private PersonalDataFixture privacy;
    private BpjsBridgingLogProjection projection;

    @BeforeEach
    void setUp() {
        mongo = new EmbeddedMongo();
        privacy = new PersonalDataFixture(mongo.template());
        projection = new BpjsBridgingLogProjection(mongo.template(), Clock.system(JAKARTA), privacy.fields());
        projection.on(call("FIND_PARTICIPANT_BY_CARD", 200, "SUCCESS", null, "ani@puskesmas.id", null, "reg-1", 120),
                "e1", MORNING_OF_22ND);
        projection.on(call("ADD_VISIT", 503, "FAILURE", "SERVER_ERROR", "system", "ani@puskesmas.id", "reg-1", 900),
                "e2", MORNING_OF_22ND.plusSeconds(60));
        projection.on(call("ADD_VISIT", 200, "SUCCESS", null, "system", "ani@puskesmas.id", "reg-1", 300),
                "e3", LATE_ON_22ND);
        projection.on(call("LIST_CLINICS", 200, "SUCCESS", null, "admin@giliran.id", null, null, 80),
                "e4", EARLY_ON_23RD);
        projection.on(call("FIND_PARTICIPANT_BY_NIK", 200, "NO_DATA", null, "ani@puskesmas.id", null, "reg-2", 50),
                "e5", MORNING_OF_22ND.plusSeconds(120));
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    private static PcareCallRecordedEvent call(String action, Integer status, String outcome, String failure,
                                               String user, String requestedBy, String registration, long millis) {
        return new PcareCallRecordedEvent(action, "GET", "/peserta/*********7890", null,
                "{\"metaData\":{\"code\":" + status + "}}", status, status, "OK", millis, outcome, failure, user,
                requestedBy, registration, MORNING_OF_22ND, null);
    }

    private List<String> ids(FindPcareCallLogQuery query) {
        return projection.handle(query).stream().map(PcareCallLogEntry::callId).toList();
    }

    @Test
    void aDaysCallsComeNewestFirstWithEverythingRecorded() {
        List<PcareCallLogEntry> entries = projection.handle(FindPcareCallLogQuery.of(DAY));

        assertThat(entries).extracting(PcareCallLogEntry::callId).containsExactly("e3", "e5", "e2", "e1");
        PcareCallLogEntry failed = entries.get(2);
        assertThat(failed.at()).as("the event's timestamp").isEqualTo(MORNING_OF_22ND.plusSeconds(60));
        assertThat(failed.action()).isEqualTo("ADD_VISIT");
        assertThat(failed.endpoint()).isEqualTo("/peserta/*********7890");
        assertThat(failed.httpStatus()).isEqualTo(503);
        assertThat(failed.durationMillis()).isEqualTo(900);
        assertThat(failed.outcome()).isEqualTo("FAILURE");
        assertThat(failed.failure()).isEqualTo("SERVER_ERROR");
        assertThat(failed.username()).isEqualTo("system");
        assertThat(failed.requestedBy()).isEqualTo("ani@puskesmas.id");
        assertThat(failed.registrationId()).isEqualTo("reg-1");
        assertThat(failed.responseBody()).contains("503");
        assertThat(ids(FindPcareCallLogQuery.of(DAY.plusDays(1)))).containsExactly("e4");
    }

    @Test
    void callsAreFilteredByActionOutcomeUserAndRegistration() {
        assertThat(ids(new FindPcareCallLogQuery(DAY, "ADD_VISIT", null, null, null, 100))).containsExactly("e3", "e2");
        assertThat(ids(new FindPcareCallLogQuery(DAY, null, "FAILURE", null, null, 100))).containsExactly("e2");
        assertThat(ids(new FindPcareCallLogQuery(DAY, null, null, "ani@puskesmas.id", null, 100)))
                .containsExactly("e5", "e1");
        assertThat(ids(new FindPcareCallLogQuery(DAY, null, null, null, "reg-2", 100))).containsExactly("e5");
        assertThat(ids(new FindPcareCallLogQuery(DAY, " ", "", null, null, 2))).containsExactly("e3", "e5");
    }

    @Test
    void theDayIsCountedByOutcomeAndAction() {
        PcareCallCounts counts = projection.handle(new FindPcareCallCountsQuery(DAY));

        assertThat(counts.total()).isEqualTo(4);
        assertThat(counts.outcome("SUCCESS")).isEqualTo(2);
        assertThat(counts.outcome("FAILURE")).isEqualTo(1);
        assertThat(counts.outcome("NO_DATA")).isEqualTo(1);
        assertThat(counts.byAction()).containsEntry("ADD_VISIT", 2).containsEntry("FIND_PARTICIPANT_BY_CARD", 1)
                                     .doesNotContainKey("LIST_CLINICS");
        assertThat(projection.handle(new FindPcareCallCountsQuery(DAY.minusDays(1))).total()).isZero();
    }

    @Test
    void aReplayStartsFromAnEmptyLogAndRebuildsTheSameEntries() {
        projection.reset();
        assertThat(projection.handle(FindPcareCallLogQuery.of(DAY))).isEmpty();

        projection.on(call("ADD_VISIT", 200, "SUCCESS", null, "system", "ani@puskesmas.id", "reg-1", 300),
                "e3", LATE_ON_22ND);
        projection.on(call("ADD_VISIT", 200, "SUCCESS", null, "system", "ani@puskesmas.id", "reg-1", 300),
                "e3", LATE_ON_22ND);
        assertThat(ids(FindPcareCallLogQuery.of(DAY))).containsExactly("e3");
    }

    private static RegistrationStartedEvent started(String registrationId, String patientId) {
        return new RegistrationStartedEvent(registrationId, "REG-" + registrationId, DAY, "t-" + registrationId,
                "A-001", patientId, PatientKind.LAMA, PaymentType.BPJS, "UMUM", null, "", MedicalRecordStatus.RETRIEVED,
                "ani@puskesmas.id", MORNING_OF_22ND);
    }

    /** A participant check as the adapter records it: the card and the name masked. */
    private static PcareCallRecordedEvent check(String registrationId, String patientId) {
        return new PcareCallRecordedEvent("FIND_PARTICIPANT_BY_CARD", "GET", "/peserta/*********7890", null,
                "{\"noKartu\":\"*********7890\",\"nama\":\"S*** N***\",\"noKTP\":\"320101******0002\"}", 200,
                200, "OK", 120, "SUCCESS", null, "ani@puskesmas.id", null, registrationId, MORNING_OF_22ND, patientId);
    }

    private static PersonalDataErasedEvent erasure(String patientId) {
        return new PersonalDataErasedEvent(ErasePersonalDataCommand.idOf(SubjectKind.PATIENT, patientId),
                SubjectKind.PATIENT, patientId, "Surat 12/2026", "Permintaan ahli waris", "admin@puskesmas.id",
                LATE_ON_22ND);
    }

    private PcareCallLogEntry entry(String callId) {
        return projection.handle(FindPcareCallLogQuery.of(DAY)).stream().filter(e -> e.callId().equals(callId))
                         .findFirst().orElseThrow();
    }

    /** Siti's calls: one naming her, one older one known only by her registration; and one call of Budi's. */
    private void callsOfSitiAndBudi() {
        projection.on(started("reg-7", "p-siti"));
        projection.on(started("reg-8", "p-budi"));
        projection.on(check("reg-7", "p-siti"), "s1", MORNING_OF_22ND.plusSeconds(300));
        projection.on(check("reg-7", null), "s2", MORNING_OF_22ND.plusSeconds(310));
        projection.on(check("reg-8", "p-budi"), "b1", MORNING_OF_22ND.plusSeconds(320));
    }

    @Test
    void erasureBlanksThePatientsCallsFoundByPatientOrRegistrationAndKeepsTheFacts() {
        callsOfSitiAndBudi();
        PcareCallLogEntry before = entry("s2");
        assertThat(before.responseBody()).contains("S*** N***");

        privacy.keys().erase(SubjectRef.patient("p-siti"));
        projection.on(erasure("p-siti"));

        for (String callId : List.of("s1", "s2")) {
            PcareCallLogEntry erased = entry(callId);
            assertThat(erased.responseBody()).isEqualTo(PersonalData.ERASED);
            assertThat(erased.requestBody()).as("none was sent").isNull();
            assertThat(erased.endpoint()).isEqualTo("/peserta/" + PersonalData.ERASED);
            assertThat(erased.action()).isEqualTo("FIND_PARTICIPANT_BY_CARD");
            assertThat(erased.outcome()).isEqualTo("SUCCESS");
            assertThat(erased.httpStatus()).isEqualTo(200);
            assertThat(erased.durationMillis()).isEqualTo(120);
            assertThat(erased.registrationId()).isEqualTo("reg-7");
        }
        assertThat(entry("b1").responseBody()).contains("S*** N***");
        assertThat(entry("b1").endpoint()).isEqualTo("/peserta/*********7890");
        assertThat(projection.handle(new FindPcareCallCountsQuery(DAY)).total()).as("counts stay").isEqualTo(7);
        assertThat(mongo.template().findById("s2", Document.class, "bpjs_call_log").getString("patientId"))
                .isEqualTo("p-siti");
    }

    @Test
    void aReplayAfterErasureGivesTheSameLog() {
        callsOfSitiAndBudi();
        privacy.keys().erase(SubjectRef.patient("p-siti"));
        projection.on(erasure("p-siti"));
        List<PcareCallLogEntry> live = projection.handle(FindPcareCallLogQuery.of(DAY));

        projection.reset();
        projection.on(started("reg-7", "p-siti"));
        projection.on(started("reg-8", "p-budi"));
        // as the serializer reads them now: the call naming Siti with its bodies [dihapus]; the older call, sealed
        // under the shared key of calls that named nobody, in the clear
        PcareCallRecordedEvent named = check("reg-7", "p-siti");
        projection.on(new PcareCallRecordedEvent(named.action(), named.method(), named.endpoint(), null,
                PersonalData.ERASED, 200, 200, "OK", 120, "SUCCESS", null, "ani@puskesmas.id", null, "reg-7",
                MORNING_OF_22ND, "p-siti"), "s1", MORNING_OF_22ND.plusSeconds(300));
        projection.on(check("reg-7", null), "s2", MORNING_OF_22ND.plusSeconds(310));
        assertThat(entry("s2").responseBody()).as("nothing comes back before the erasure is replayed")
                                              .isEqualTo(PersonalData.ERASED);
        projection.on(check("reg-8", "p-budi"), "b1", MORNING_OF_22ND.plusSeconds(320));
        projection.on(erasure("p-siti"));

        // the calls of the set-up were not replayed
        assertThat(projection.handle(FindPcareCallLogQuery.of(DAY))).isEqualTo(live.stream()
                .filter(entry -> List.of("s1", "s2", "b1").contains(entry.callId())).toList());
    }
}
