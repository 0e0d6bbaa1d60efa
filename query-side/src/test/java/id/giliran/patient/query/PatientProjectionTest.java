package id.giliran.patient.query;

import id.giliran.api.patient.BloodType;
import id.giliran.api.patient.FindPatientByNikQuery;
import id.giliran.api.patient.FindPatientQuery;
import id.giliran.api.patient.MaritalStatus;
import id.giliran.api.patient.PatientDetails;
import id.giliran.api.patient.PatientRegisteredEvent;
import id.giliran.api.patient.PatientSummary;
import id.giliran.api.patient.PatientUpdatedEvent;
import id.giliran.api.patient.PatientView;
import id.giliran.api.patient.SearchPatientsQuery;
import id.giliran.api.patient.Sex;
import id.giliran.api.privacy.ErasePersonalDataCommand;
import id.giliran.api.privacy.PersonalData;
import id.giliran.api.privacy.PersonalDataErasedEvent;
import id.giliran.api.privacy.SubjectKind;
import id.giliran.api.privacy.SubjectRef;
import id.giliran.query.EmbeddedMongo;
import id.giliran.query.PersonalDataFixture;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class PatientProjectionTest {

    static final Instant T0 = Instant.parse("2026-11-22T01:15:00Z");
    static final String OFFICER = "loket1@puskesmas.id";

    private EmbeddedMongo mongo;
    private PersonalDataFixture privacy;
    private QueryUpdateEmitter emitter;
    private PatientProjection projection;
    private int registered;

    @BeforeEach
    void setUp() {
        mongo = new EmbeddedMongo();
        privacy = new PersonalDataFixture(mongo.template());
        emitter = mock(QueryUpdateEmitter.class);
        projection = new PatientProjection(mongo.template(), emitter, privacy.fields(), privacy.hashes());
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    static PatientDetails details(String name, String nik, String bpjsNumber) {
        return new PatientDetails(nik, name, "Bogor", LocalDate.of(1990, 1, 15), Sex.PEREMPUAN, "Jl. Melati No. 5",
                "003/005", "Cibinong", "Cibinong", "Kabupaten Bogor", "+6281234567890", BloodType.O,
                MaritalStatus.KAWIN, "Guru", null, bpjsNumber);
    }

    private String register(String name, String nik, String bpjsNumber) {
        registered++;
        String patientId = "p-" + registered;
        projection.on(new PatientRegisteredEvent(patientId, String.format("RM-%06d", registered),
                details(name, nik, bpjsNumber), null, OFFICER, T0), 0);
        return patientId;
    }

    private List<String> search(String text) {
        return search(text, 20);
    }

    private List<String> search(String text, int limit) {
        return projection.handle(new SearchPatientsQuery(text, limit)).stream().map(PatientSummary::name).toList();
    }

    /** The seeded set of the ranking tests. */
    private void seed() {
        register("Siti Nurhaliza", "3201015501900002", "0001234567890");
        register("Aminah Siti", null, null);
        register("Rositi", null, null);
        register("Sitti Rahmah", null, null);
        register("Sítí Bădriyah", null, null);
        register("Siti Aminah", "3201014101850001", "0009876543210");
        register("Nur Siti Fatimah", null, null);
        register("Budi Santoso", "3201011203800003", "0001112223334");
    }

    @Test
    void findsNamesRankedWholeNamePrefixThenWordPrefixThenContainsTiesByName() {
        seed();
        assertThat(search("siti")).containsExactly("Siti Aminah", "Sítí Bădriyah", "Siti Nurhaliza", "Aminah Siti",
                "Nur Siti Fatimah", "Rositi");
    }

    @Test
    void findsNamesRegardlessOfCaseAndAccents() {
        seed();
        List<String> plain = search("siti");
        assertThat(search("Sítí")).isEqualTo(plain);
        assertThat(search("SITI")).isEqualTo(plain);
        assertThat(search("badriyah")).containsExactly("Sítí Bădriyah");
    }

    @Test
    void findsPartialNames() {
        seed();
        assertThat(search("nurha")).containsExactly("Siti Nurhaliza");
        assertThat(search("sit")).startsWith("Siti Aminah", "Sítí Bădriyah", "Siti Nurhaliza", "Sitti Rahmah");
        assertThat(search("ntos")).containsExactly("Budi Santoso");
        assertThat(search("siti nur")).containsExactly("Siti Nurhaliza", "Nur Siti Fatimah");
        assertThat(search("xyz")).isEmpty();
        assertThat(search("  ")).isEmpty();
    }

    @Test
    void findsTheFirstOnesUpToTheLimit() {
        seed();
        assertThat(search("siti", 2)).containsExactly("Siti Aminah", "Sítí Bădriyah");
    }

    @Test
    void findsByMedicalRecordNumberNikAndBpjsNumberExactly() {
        seed();
        assertThat(search("RM-000006")).containsExactly("Siti Aminah");
        assertThat(search("rm 000006")).containsExactly("Siti Aminah");
        assertThat(search("6")).containsExactly("Siti Aminah");
        assertThat(search("3201 0141 0185 0001")).containsExactly("Siti Aminah");
        assertThat(search("0009876543210")).containsExactly("Siti Aminah");
        // a part of a NIK is no NIK
        assertThat(search("320101410185")).isEmpty();
    }

    @Test
    void findsAnExactNumberBeforeNames() {
        seed();
        register("Siti Kedelapan", null, null);
        // "RM-000009 siti" is no identifier; a patient whose record number is 9 comes first for "9"
        assertThat(search("9")).containsExactly("Siti Kedelapan");
        List<PatientSummary> found = projection.handle(new SearchPatientsQuery("0001234567890", 5));
        assertThat(found).extracting(PatientSummary::medicalRecordNumber).containsExactly("RM-000001");
    }

    @Test
    void answersOnePatientByIdAndByNik() {
        String patientId = register("Siti Aminah", "3201014101850001", null);
        PatientView view = projection.handle(new FindPatientQuery(patientId)).orElseThrow();
        assertThat(view.medicalRecordNumber()).isEqualTo("RM-000001");
        assertThat(view.details()).isEqualTo(details("Siti Aminah", "3201014101850001", null));
        assertThat(view.revision()).isEqualTo(1);
        assertThat(view.registeredBy()).isEqualTo(OFFICER);
        assertThat(projection.handle(new FindPatientByNikQuery("3201-0141-0185-0001"))).contains(view);
        assertThat(projection.handle(new FindPatientByNikQuery("3201014101859999"))).isEmpty();
        assertThat(projection.handle(new FindPatientQuery("p-404"))).isEmpty();
        verify(emitter).emit(eq(FindPatientQuery.class), any(), eq(view));
    }

    @Test
    void showsChangesWithWhoWhenAndTheirRevision() {
        String patientId = "p-1";
        projection.on(new PatientRegisteredEvent(patientId, "RM-000001", details("Siti Aminah", "3201014201900002",
                null), "KTP salah cetak", OFFICER, T0), 0);
        Instant later = T0.plusSeconds(3600);
        projection.on(new PatientUpdatedEvent(patientId, details("Siti Aminah Lubis", "3201014201900002",
                "0001234567890"), "Nama lengkap sesuai KTP", null, "loket2@puskesmas.id", later), 1);

        PatientView view = projection.handle(new FindPatientQuery(patientId)).orElseThrow();
        assertThat(view.details().name()).isEqualTo("Siti Aminah Lubis");
        assertThat(view.revision()).isEqualTo(2);
        assertThat(view.updatedAt()).isEqualTo(later);
        assertThat(view.updatedBy()).isEqualTo("loket2@puskesmas.id");
        assertThat(view.registeredAt()).isEqualTo(T0);
        // the NIK, birth date and sex stayed: the reason accepting them still stands
        assertThat(view.nikMismatchReason()).isEqualTo("KTP salah cetak");
        assertThat(search("lubis")).containsExactly("Siti Aminah Lubis");
        assertThat(search("0001234567890")).containsExactly("Siti Aminah Lubis");

        // redelivered: the same read model
        projection.on(new PatientUpdatedEvent(patientId, details("Siti Aminah Lubis", "3201014201900002",
                "0001234567890"), "Nama lengkap sesuai KTP", null, "loket2@puskesmas.id", later), 1);
        assertThat(projection.handle(new FindPatientQuery(patientId))).contains(view);
    }

    @Test
    void findsACorrectedNikAndNoLongerTheOldOne() {
        projection.on(new PatientRegisteredEvent("p-1", "RM-000001", details("Siti Aminah", "3201014201900002",
                "0001234567890"), null, OFFICER, T0), 0);
        projection.on(new PatientUpdatedEvent("p-1", details("Siti Aminah", "3201024201900005", null),
                "NIK salah ketik", null, OFFICER, T0.plusSeconds(60)), 1);
        assertThat(search("3201014201900002")).isEmpty();
        assertThat(search("0001234567890")).isEmpty();
        assertThat(search("3201024201900005")).containsExactly("Siti Aminah");
        assertThat(projection.handle(new FindPatientByNikQuery("3201024201900005"))).isPresent();
        assertThat(projection.handle(new FindPatientByNikQuery("3201014201900002"))).isEmpty();
    }

    @Test
    void resetClearsThePatients() {
        seed();
        projection.reset();
        assertThat(search("siti")).isEmpty();
        assertThat(search("RM-000001")).isEmpty();
    }

    /** Every stored field of the patient read model, as the database holds it, in the order of the ids. */
    private String stored() {
        StringBuilder all = new StringBuilder();
        for (String collection : List.of(PatientDocument.COLLECTION, PatientKeyDocument.COLLECTION)) {
            mongo.template().find(new Query().with(Sort.by("_id")), Document.class, collection)
                 .forEach(document -> all.append(document.toJson()));
        }
        return all.toString();
    }

    private Document storedPatient(String patientId) {
        return mongo.template().findById(patientId, Document.class, PatientDocument.COLLECTION);
    }

    @Test
    void storesNoNikBpjsNumberOrDetailInTheClearOnlyTheNameAndNumbers() {
        projection.on(new PatientRegisteredEvent("p-1", "RM-000001", new PatientDetails("3201015501900002",
                "Siti Nurhaliza", "Kota Bogor", LocalDate.of(1990, 1, 15), Sex.PEREMPUAN, "Jl. Kenanga Raya No. 17",
                "004/009", "Pakansari", "Cibinong", "Kabupaten Bogor", "+6281299887766", BloodType.AB,
                MaritalStatus.KAWIN, "Perawat", "Amoksisilin", "0001234567890"), "KTP salah cetak", OFFICER, T0), 0);
        projection.on(new PatientUpdatedEvent("p-1", details("Siti Nurhaliza", "3201015501900002", "0009876543210"),
                "Kartu BPJS baru", null, OFFICER, T0.plusSeconds(60)), 1);

        String everything = stored();
        assertThat(everything).contains("Siti Nurhaliza", "RM-000001", "siti nurhaliza")
                              .doesNotContain("3201015501900002", "0001234567890", "0009876543210", "Kenanga",
                                      "Melati", "+6281299887766", "+6281234567890", "Amoksisilin", "Perawat", "Guru",
                                      "KTP salah cetak", "1990-01-15", "Pakansari");
        // not even a run of the NIK's digits long enough to tell it
        assertThat(everything).doesNotContain("320101550190", "550190000", "123456789", "987654321");
        Document patient = storedPatient("p-1");
        assertThat(patient.keySet()).doesNotContain("nik", "bpjsNumber", "address", "phone", "birthDate", "sex");
        assertThat(patient.getString("personal")).startsWith("gpd1:");
        assertThat(patient.getString("nikHash")).isEqualTo(privacy.hashes().nik("3201015501900002"));
        assertThat(mongo.template().findAll(Document.class, PatientKeyDocument.COLLECTION))
                .extracting(key -> key.getString("_id"))
                .containsExactlyInAnyOrder("rm:RM000001", "rmno:1", "nik:" + privacy.hashes().nik("3201015501900002"),
                        "bpjs:" + privacy.hashes().bpjsNumber("0009876543210"));

        // and the desk still finds and reads her by each of them
        assertThat(search("3201015501900002")).containsExactly("Siti Nurhaliza");
        assertThat(search("0009876543210")).containsExactly("Siti Nurhaliza");
        assertThat(search("0001234567890")).isEmpty();
        PatientSummary found = projection.handle(new SearchPatientsQuery("siti", 5)).get(0);
        assertThat(found).isEqualTo(new PatientSummary("p-1", "RM-000001", "3201015501900002", "0009876543210",
                "Siti Nurhaliza", LocalDate.of(1990, 1, 15), Sex.PEREMPUAN, "Jl. Melati No. 5"));
    }

    /** Siti registered and changed, her key destroyed and the erasure told: what every test of erasure starts from. */
    private void registerChangeAndErase() {
        projection.on(new PatientRegisteredEvent("p-1", "RM-000001", details("Siti Nurhaliza", "3201015501900002",
                "0001234567890"), "KTP salah cetak", OFFICER, T0), 0);
        projection.on(new PatientUpdatedEvent("p-1", details("Siti Nurhaliza Lubis", "3201015501900002",
                "0001234567890"), "Nama lengkap", null, "loket2@puskesmas.id", T0.plusSeconds(60)), 1);
        projection.on(new PatientRegisteredEvent("p-2", "RM-000002", details("Budi Santoso", "3201011203800003",
                "0001112223334"), null, OFFICER, T0), 0);
        privacy.keys().erase(SubjectRef.patient("p-1"));
        projection.on(erasure("p-1"));
    }

    static PersonalDataErasedEvent erasure(String patientId) {
        return new PersonalDataErasedEvent(ErasePersonalDataCommand.idOf(SubjectKind.PATIENT, patientId),
                SubjectKind.PATIENT, patientId, "Surat 12/2026", "Permintaan ahli waris", "admin@puskesmas.id",
                T0.plusSeconds(3600));
    }

    @Test
    void erasureBlanksThePatientAtOnceAndNoSearchFindsItExceptByItsNumber() {
        projection.on(new PatientRegisteredEvent("p-1", "RM-000001", details("Siti Nurhaliza", "3201015501900002",
                "0001234567890"), "KTP salah cetak", OFFICER, T0), 0);
        projection.on(new PatientRegisteredEvent("p-2", "RM-000002", details("Budi Santoso", "3201011203800003",
                "0001112223334"), null, OFFICER, T0), 0);
        assertThat(search("siti")).containsExactly("Siti Nurhaliza");

        // the key is destroyed first: the details read erased before the projection has seen the erasure
        privacy.keys().erase(SubjectRef.patient("p-1"));
        PatientView meanwhile = projection.handle(new FindPatientQuery("p-1")).orElseThrow();
        assertThat(meanwhile.details()).isEqualTo(PatientPersonalData.erasedDetails());

        projection.on(erasure("p-1"));
        PatientView erased = projection.handle(new FindPatientQuery("p-1")).orElseThrow();
        assertThat(erased.details().name()).isEqualTo(PersonalData.ERASED);
        assertThat(erased.details().nik()).isEqualTo(PersonalData.ERASED);
        assertThat(erased.details().birthDate()).isNull();
        assertThat(erased.details().sex()).isNull();
        assertThat(erased.nikMismatchReason()).isNull();
        assertThat(erased.medicalRecordNumber()).isEqualTo("RM-000001");
        assertThat(erased.registeredAt()).isEqualTo(T0);
        assertThat(erased.revision()).isEqualTo(1);
        verify(emitter).emit(eq(FindPatientQuery.class), any(), eq(erased));

        assertThat(search("siti")).isEmpty();
        assertThat(search("nurhaliza")).isEmpty();
        assertThat(search("dihapus")).isEmpty();
        assertThat(search("3201015501900002")).isEmpty();
        assertThat(search("0001234567890")).isEmpty();
        assertThat(projection.handle(new FindPatientByNikQuery("3201015501900002"))).isEmpty();
        assertThat(search("RM-000001")).containsExactly(PersonalData.ERASED);
        assertThat(search("budi")).containsExactly("Budi Santoso");

        Document patient = storedPatient("p-1");
        assertThat(patient.getString("name")).isEqualTo(PersonalData.ERASED);
        assertThat(patient.get("personal")).isNull();
        assertThat(patient.get("nikHash")).isNull();
        assertThat(patient.get("bpjsHash")).isNull();
        assertThat(patient.get("searchName")).isNull();
        assertThat(patient.getList("nameTokens", String.class)).isEmpty();
        assertThat(stored()).doesNotContain("Siti", "siti", "nurhaliza", privacy.hashes().nik("3201015501900002"));
    }

    @Test
    void anErasureOfAnotherKindOrAnUnknownPatientChangesNothing() {
        String patientId = register("Siti Nurhaliza", "3201015501900002", null);
        String before = stored();
        projection.on(new PersonalDataErasedEvent("ERASURE:ACCOUNT:" + patientId, SubjectKind.ACCOUNT, patientId,
                "Surat 1", "Permintaan", "admin@puskesmas.id", T0));
        projection.on(erasure("p-404"));
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aReplayAfterErasureGivesTheSameBlankPatientAndNoNewKey() {
        registerChangeAndErase();
        String live = stored();
        long keys = mongo.template().getCollection("personal_data_keys").countDocuments();

        projection.reset();
        // the events of an erased patient as the serializer reads them: text "[dihapus]", the rest nothing
        PatientDetails erasedDetails = new PatientDetails(PersonalData.ERASED, PersonalData.ERASED,
                PersonalData.ERASED, null, null, PersonalData.ERASED, PersonalData.ERASED, PersonalData.ERASED,
                PersonalData.ERASED, PersonalData.ERASED, PersonalData.ERASED, null, null, PersonalData.ERASED, null,
                PersonalData.ERASED);
        projection.on(new PatientRegisteredEvent("p-1", "RM-000001", erasedDetails, PersonalData.ERASED, OFFICER, T0),
                0);
        projection.on(new PatientUpdatedEvent("p-1", erasedDetails, PersonalData.ERASED, null, "loket2@puskesmas.id",
                T0.plusSeconds(60)), 1);
        projection.on(new PatientRegisteredEvent("p-2", "RM-000002", details("Budi Santoso", "3201011203800003",
                "0001112223334"), null, OFFICER, T0), 0);
        assertThat(search("RM-000001")).as("blank before the erasure is replayed").containsExactly(PersonalData.ERASED);
        projection.on(erasure("p-1"));

        assertThat(withoutSealedValues(stored())).isEqualTo(withoutSealedValues(live));
        assertThat(mongo.template().getCollection("personal_data_keys").countDocuments())
                .as("no key made for the erased patient").isEqualTo(keys);
    }

    @Test
    void aReplayOfEventsStoredInTheClearBeforeSealingBringsNothingBackOfAnErasedPatient() {
        registerChangeAndErase();
        long keys = mongo.template().getCollection("personal_data_keys").countDocuments();

        projection.reset();
        projection.on(new PatientRegisteredEvent("p-1", "RM-000001", details("Siti Nurhaliza", "3201015501900002",
                "0001234567890"), "KTP salah cetak", OFFICER, T0), 0);

        assertThat(search("siti")).isEmpty();
        assertThat(search("3201015501900002")).isEmpty();
        assertThat(projection.handle(new FindPatientQuery("p-1")).orElseThrow().details().name())
                .isEqualTo(PersonalData.ERASED);
        assertThat(stored()).doesNotContain("Siti", "siti");
        assertThat(mongo.template().getCollection("personal_data_keys").countDocuments()).isEqualTo(keys);
    }

    /** The stored documents with each sealed value (a fresh IV every time) replaced by a mark. */
    private static String withoutSealedValues(String stored) {
        return stored.replaceAll("gpd1:[^\"]*", "gpd1:…");
    }

    @Test
    void normalisesSearchText() {
        assertThat(SearchText.normalise("  Sítí  NUR'AINI Muh.Rizal ")).isEqualTo("siti nuraini muh rizal");
        assertThat(SearchText.tokens("siti nur siti")).containsExactly("siti", "nur");
        assertThat(SearchText.recordDigits("RM-000120")).isEqualTo("120");
    }
}
