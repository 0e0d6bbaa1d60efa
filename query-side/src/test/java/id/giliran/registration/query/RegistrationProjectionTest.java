package id.giliran.registration.query;

import id.giliran.api.masterdata.ClinicRegisteredEvent;
import id.giliran.api.masterdata.DoctorSavedEvent;
import id.giliran.api.queue.PaymentType;
import id.giliran.api.registration.BpjsCheck;
import id.giliran.api.registration.BpjsParticipantCheckedEvent;
import id.giliran.api.registration.FindPatientVisitsQuery;
import id.giliran.api.registration.FindRegistrationQuery;
import id.giliran.api.registration.FindTicketRegistrationQuery;
import id.giliran.api.registration.MandatoryInformation;
import id.giliran.api.registration.MandatoryInformationGivenEvent;
import id.giliran.api.registration.MedicalRecordStatus;
import id.giliran.api.registration.PatientKind;
import id.giliran.api.registration.RegistrationCancelledEvent;
import id.giliran.api.registration.RegistrationCompletedEvent;
import id.giliran.api.registration.RegistrationStartedEvent;
import id.giliran.api.registration.RegistrationStatus;
import id.giliran.api.registration.RegistrationView;
import id.giliran.api.privacy.ErasePersonalDataCommand;
import id.giliran.api.privacy.PersonalData;
import id.giliran.api.privacy.PersonalDataErasedEvent;
import id.giliran.api.privacy.SubjectKind;
import id.giliran.api.privacy.SubjectRef;
import id.giliran.api.registration.BpjsVisitRequestedEvent;
import id.giliran.query.EmbeddedMongo;
import id.giliran.query.PersonalDataFixture;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class RegistrationProjectionTest {

    static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");
    static final LocalDate DAY = LocalDate.of(2026, 11, 23);

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
        projection.on(new DoctorSavedEvent("dr-ahmad", "dr. Ahmad Fauzi", "SIP", "UMUM", "", true));
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    private static RegistrationStartedEvent started(String id, String ticketId, Instant at) {
        return new RegistrationStartedEvent(id, "REG-20261123-000" + id.charAt(1), DAY, ticketId, "A-001", "p1",
                PatientKind.LAMA, PaymentType.BPJS, "UMUM", "dr-ahmad", "", MedicalRecordStatus.RETRIEVED,
                "loket@giliran.id", at);
    }

    @Test
    void aRegistrationFollowsItsChecklistAndCompletion() {
        projection.on(started("r1", "t1", T0));
        projection.on(new MandatoryInformationGivenEvent("r1", MandatoryInformation.HAK_PASIEN, "loket@giliran.id", T0));
        projection.on(new MandatoryInformationGivenEvent("r1", MandatoryInformation.HAK_PASIEN, "loket@giliran.id", T0));

        RegistrationView live = projection.handle(new FindTicketRegistrationQuery("t1")).orElseThrow();
        assertThat(live.informed()).containsExactly(MandatoryInformation.HAK_PASIEN);
        assertThat(live.clinicName()).isEqualTo("Poli Umum");
        assertThat(live.doctorName()).isEqualTo("dr. Ahmad Fauzi");

        projection.on(new RegistrationCompletedEvent("r1", "t1", "p1", "UMUM", "dr-ahmad", "loket@giliran.id", T0));
        RegistrationView done = projection.handle(new FindTicketRegistrationQuery("t1")).orElseThrow();
        assertThat(done.status()).isEqualTo(RegistrationStatus.COMPLETED);
        assertThat(done.medicalRecord()).isEqualTo(MedicalRecordStatus.DELIVERED);
    }

    @Test
    void aCancelledRegistrationFreesTheTicketAndStaysInTheVisitHistory() {
        projection.on(started("r1", "t1", T0));
        projection.on(new RegistrationCancelledEvent("r1", "t1", "salah pasien", "loket@giliran.id", T0, "p1"));
        projection.on(started("r2", "t2", T0.plusSeconds(86_400)));

        assertThat(projection.handle(new FindTicketRegistrationQuery("t1"))).isEmpty();
        assertThat(projection.handle(new FindPatientVisitsQuery("p1"))).extracting(RegistrationView::registrationId)
                                                                       .containsExactly("r2", "r1");
    }

    @Test
    void theLatestBpjsCheckIsShownOnTheRegistration() {
        projection.on(started("r1", "t1", T0));
        assertThat(projection.handle(new FindRegistrationQuery("r1")).orElseThrow().bpjsCheck()).isNull();

        projection.on(new BpjsParticipantCheckedEvent("r1", "0001234567890", "SITI AMINAH", true, "KELAS III",
                "PBI (APBN)", "PUSKESMAS CIBINONG", LocalDate.of(2027, 12, 31), "loket@giliran.id", T0, "p1"));
        projection.on(new BpjsParticipantCheckedEvent("r1", "0003456789012", "AGUS SETIAWAN", false, "KELAS I",
                "PBPU", "PUSKESMAS CIBINONG", LocalDate.of(2025, 6, 30), "loket@giliran.id", T0.plusSeconds(60), "p1"));

        assertThat(projection.handle(new FindRegistrationQuery("r1")).orElseThrow().bpjsCheck())
                .isEqualTo(new BpjsCheck("0003456789012", "AGUS SETIAWAN", false, "KELAS I", "PBPU",
                        "PUSKESMAS CIBINONG", LocalDate.of(2025, 6, 30), "loket@giliran.id", T0.plusSeconds(60)));
    }

    /** Siti's (p1) two visits with notes, a cancellation, a BPJS check and a PCare visit; Budi's (p2) one. */
    private void visitsOfSitiAndBudi() {
        projection.on(new RegistrationStartedEvent("r1", "REG-20261123-0001", DAY, "t1", "A-001", "p1",
                PatientKind.LAMA, PaymentType.BPJS, "UMUM", "dr-ahmad", "Batuk tiga hari, demam",
                MedicalRecordStatus.RETRIEVED, "loket@giliran.id", T0));
        projection.on(new BpjsParticipantCheckedEvent("r1", "0001234567890", "SITI AMINAH", true, "KELAS III",
                "PBI (APBN)", "PUSKESMAS CIBINONG", LocalDate.of(2027, 12, 31), "loket@giliran.id", T0, "p1"));
        projection.on(new BpjsVisitRequestedEvent("r1", "0001234567890", DAY, null, "001", "loket@giliran.id", T0,
                "p1"));
        projection.on(new RegistrationStartedEvent("r2", "REG-20261123-0002", DAY, "t2", "A-002", "p1",
                PatientKind.LAMA, PaymentType.UMUM, "UMUM", null, "", MedicalRecordStatus.RETRIEVED,
                "loket@giliran.id", T0.plusSeconds(60)));
        projection.on(new RegistrationCancelledEvent("r2", "t2", "Pasien pulang, anaknya sakit", "loket@giliran.id",
                T0.plusSeconds(90), "p1"));
        projection.on(new RegistrationStartedEvent("r3", "REG-20261123-0003", DAY, "t3", "A-003", "p2",
                PatientKind.BARU, PaymentType.BPJS, "UMUM", "dr-ahmad", "Kontrol gula darah",
                MedicalRecordStatus.CREATED, "loket@giliran.id", T0.plusSeconds(120)));
    }

    private String stored() {
        StringBuilder all = new StringBuilder();
        mongo.template().find(new Query().with(Sort.by("_id")), Document.class, "registrations")
             .forEach(document -> all.append(document.toJson()));
        return all.toString();
    }

    static PersonalDataErasedEvent erasure(String patientId) {
        return new PersonalDataErasedEvent(ErasePersonalDataCommand.idOf(SubjectKind.PATIENT, patientId),
                SubjectKind.PATIENT, patientId, "Surat 12/2026", "Permintaan ahli waris", "admin@puskesmas.id",
                T0.plusSeconds(3600));
    }

    @Test
    void keepsNotesReasonsCardNumbersAndNamesOnlySealed() {
        visitsOfSitiAndBudi();
        assertThat(stored()).doesNotContain("Batuk", "0001234567890", "SITI AMINAH", "anaknya", "gula")
                            .contains("REG-20261123-0001", "A-001", "PUSKESMAS CIBINONG", "gpd1:");
        RegistrationView first = projection.handle(new FindRegistrationQuery("r1")).orElseThrow();
        assertThat(first.notes()).isEqualTo("Batuk tiga hari, demam");
        assertThat(first.bpjsCheck().cardNumber()).isEqualTo("0001234567890");
        assertThat(first.bpjsCheck().participantName()).isEqualTo("SITI AMINAH");
        assertThat(first.bpjsBridging().cardNumber()).isEqualTo("0001234567890");
        assertThat(projection.handle(new FindRegistrationQuery("r2")).orElseThrow().cancelReason())
                .isEqualTo("Pasien pulang, anaknya sakit");
    }

    @Test
    void erasureBlanksEveryRegistrationOfThePatientAndKeepsItsNumbersAndStatuses() {
        visitsOfSitiAndBudi();
        RegistrationView before = projection.handle(new FindRegistrationQuery("r1")).orElseThrow();

        privacy.keys().erase(SubjectRef.patient("p1"));
        assertThat(projection.handle(new FindRegistrationQuery("r1")).orElseThrow().notes())
                .as("at once, before the erasure reaches the projection").isEqualTo(PersonalData.ERASED);
        projection.on(erasure("p1"));

        RegistrationView first = projection.handle(new FindRegistrationQuery("r1")).orElseThrow();
        assertThat(first.notes()).isEqualTo(PersonalData.ERASED);
        assertThat(first.bpjsCheck().cardNumber()).isEqualTo(PersonalData.ERASED);
        assertThat(first.bpjsCheck().participantName()).isEqualTo(PersonalData.ERASED);
        assertThat(first.bpjsBridging().cardNumber()).isEqualTo(PersonalData.ERASED);
        assertThat(first).usingRecursiveComparison()
                         .ignoringFields("notes", "bpjsCheck.cardNumber", "bpjsCheck.participantName",
                                 "bpjsBridging.cardNumber")
                         .isEqualTo(before);
        RegistrationView cancelled = projection.handle(new FindRegistrationQuery("r2")).orElseThrow();
        assertThat(cancelled.notes()).isEqualTo(PersonalData.ERASED);
        assertThat(cancelled.cancelReason()).isEqualTo(PersonalData.ERASED);
        assertThat(cancelled.status()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(projection.handle(new FindPatientVisitsQuery("p1"))).extracting(RegistrationView::registrationNumber)
                .containsExactly("REG-20261123-0002", "REG-20261123-0001");
        assertThat(projection.handle(new FindRegistrationQuery("r3")).orElseThrow().notes())
                .isEqualTo("Kontrol gula darah");
        // Siti's registrations hold no sealed value any more, Budi's still does
        assertThat(mongo.template().findById("r1", Document.class, "registrations").toJson()).doesNotContain("gpd1:");
        assertThat(mongo.template().findById("r2", Document.class, "registrations").toJson()).doesNotContain("gpd1:");
        assertThat(mongo.template().findById("r3", Document.class, "registrations").toJson()).contains("gpd1:");
    }

    @Test
    void aReplayAfterErasureEndsWithTheSameRegistrationsAndNoNewKey() {
        visitsOfSitiAndBudi();
        privacy.keys().erase(SubjectRef.patient("p1"));
        projection.on(erasure("p1"));
        String live = stored();
        long keys = mongo.template().getCollection("personal_data_keys").countDocuments();

        projection.reset();
        projection.on(new ClinicRegisteredEvent("UMUM", "Poli Umum", "A"));
        projection.on(new DoctorSavedEvent("dr-ahmad", "dr. Ahmad Fauzi", "SIP", "UMUM", "", true));
        // Siti's events as the serializer reads them now: her personal fields "[dihapus]"; the check and the
        // PCare visit stored before they named the patient (patientId null) read in the clear
        projection.on(new RegistrationStartedEvent("r1", "REG-20261123-0001", DAY, "t1", "A-001", "p1",
                PatientKind.LAMA, PaymentType.BPJS, "UMUM", "dr-ahmad", PersonalData.ERASED,
                MedicalRecordStatus.RETRIEVED, "loket@giliran.id", T0));
        projection.on(new BpjsParticipantCheckedEvent("r1", "0001234567890", "SITI AMINAH", true, "KELAS III",
                "PBI (APBN)", "PUSKESMAS CIBINONG", LocalDate.of(2027, 12, 31), "loket@giliran.id", T0, null));
        projection.on(new BpjsVisitRequestedEvent("r1", "0001234567890", DAY, null, "001", "loket@giliran.id", T0,
                null));
        projection.on(new RegistrationStartedEvent("r2", "REG-20261123-0002", DAY, "t2", "A-002", "p1",
                PatientKind.LAMA, PaymentType.UMUM, "UMUM", null, PersonalData.ERASED, MedicalRecordStatus.RETRIEVED,
                "loket@giliran.id", T0.plusSeconds(60)));
        projection.on(new RegistrationCancelledEvent("r2", "t2", PersonalData.ERASED, "loket@giliran.id",
                T0.plusSeconds(90), "p1"));
        projection.on(new RegistrationStartedEvent("r3", "REG-20261123-0003", DAY, "t3", "A-003", "p2",
                PatientKind.BARU, PaymentType.BPJS, "UMUM", "dr-ahmad", "Kontrol gula darah",
                MedicalRecordStatus.CREATED, "loket@giliran.id", T0.plusSeconds(120)));
        assertThat(stored()).as("nothing of Siti's comes back before the erasure is replayed")
                            .doesNotContain("0001234567890", "SITI AMINAH");
        projection.on(erasure("p1"));

        assertThat(withoutSealedValues(stored())).isEqualTo(withoutSealedValues(live));
        assertThat(mongo.template().getCollection("personal_data_keys").countDocuments()).isEqualTo(keys);
    }

    private static String withoutSealedValues(String stored) {
        return stored.replaceAll("gpd1:[^\"]*", "gpd1:…");
    }
}
