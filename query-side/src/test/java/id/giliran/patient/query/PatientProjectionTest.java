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
import id.giliran.query.EmbeddedMongo;
import org.axonframework.queryhandling.QueryUpdateEmitter;
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
    private QueryUpdateEmitter emitter;
    private PatientProjection projection;
    private int registered;

    @BeforeEach
    void setUp() {
        mongo = new EmbeddedMongo();
        emitter = mock(QueryUpdateEmitter.class);
        projection = new PatientProjection(mongo.template(), emitter);
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

    @Test
    void normalisesSearchText() {
        assertThat(SearchText.normalise("  Sítí  NUR'AINI Muh.Rizal ")).isEqualTo("siti nuraini muh rizal");
        assertThat(SearchText.tokens("siti nur siti")).containsExactly("siti", "nur");
        assertThat(SearchText.recordDigits("RM-000120")).isEqualTo("120");
    }
}
