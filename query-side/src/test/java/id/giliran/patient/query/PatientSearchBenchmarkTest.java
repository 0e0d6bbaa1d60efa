package id.giliran.patient.query;

import id.giliran.api.patient.BloodType;
import id.giliran.api.patient.MaritalStatus;
import id.giliran.api.patient.PatientDetails;
import id.giliran.api.patient.PatientSummary;
import id.giliran.api.patient.SearchPatientsQuery;
import id.giliran.api.patient.Sex;
import id.giliran.api.privacy.SubjectRef;
import id.giliran.query.EmbeddedMongo;
import id.giliran.query.PersonalDataFixture;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Patient search on 100,000 patients in the embedded MongoDB: 200 searches of each kind, timed, each opening
 * the sealed details of the patients it shows.
 * Prints its figures; asserts only that every search finds what it looks for (no timing assertion:
 * the build machine is shared).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PatientSearchBenchmarkTest {

    static final int PATIENTS = 100_000;
    /** Exact searches are timed 200 times; name searches, full scans on the embedded server, 20 times. */
    static final int SEARCHES = Integer.getInteger("patients.benchmark.searches", 200);
    static final int NAME_SEARCHES = Integer.getInteger("patients.benchmark.name-searches", 20);

    static final String[] FIRST = {"Siti", "Sítí", "Nur", "Dewi", "Sri", "Ahmad", "Muhammad", "Budi", "Agus", "Rina",
            "Wahyu", "Eko", "Putri", "Indah", "Fitri", "Rizky", "Andi", "Yusuf", "Ayu", "Dian", "Hendra", "Ratna",
            "Bambang", "Lestari", "Joko", "Wulan", "Fajar", "Nanda", "Ilham", "Kartika", "Gede", "Made", "Ketut",
            "Nyoman", "Komang", "Teguh", "Yuliana", "Rahmat", "Hasan", "Farida"};
    static final String[] MIDDLE = {"", "", "", "Nur", "Ayu", "Dwi", "Tri", "Eka", "Adi", "Putra", "Putri", "Sari",
            "Kurnia", "Maulana", "Rahma"};
    static final String[] LAST = {"Aminah", "Santoso", "Wijaya", "Lestari", "Hidayat", "Saputra", "Kusuma",
            "Pratama", "Setiawan", "Nugroho", "Rahayu", "Susanti", "Handayani", "Wati", "Siregar", "Nasution",
            "Harahap", "Lubis", "Simanjuntak", "Sinaga", "Pangaribuan", "Tanjung", "Daulay", "Sembiring", "Ginting",
            "Tarigan", "Purba", "Manurung", "Sitompul", "Hutapea", "Panjaitan", "Sari", "Utami", "Permata", "Anggraini",
            "Firmansyah", "Gunawan", "Halim", "Irawan", "Jaya", "Kurniawan", "Mahendra", "Nababan", "Oktaviani",
            "Pertiwi", "Ramadhan", "Suryani", "Tambunan", "Wibowo", "Yulianti", "Zulkarnain", "Bădriyah"};

    enum Kind {
        MEDICAL_RECORD_NUMBER, NIK, BPJS_NUMBER, NAME_PREFIX, WORD_PREFIX, CONTAINS, ACCENTED, FULL_NAME
    }

    /** A seeded patient and the numbers it is searched by (the document holds them only hashed and sealed). */
    record Seeded(PatientDocument document, String nik, String bpjsNumber) {
    }

    private EmbeddedMongo mongo;
    private PatientProjection projection;
    private final List<Seeded> patients = new ArrayList<>();

    @BeforeAll
    void seedOneHundredThousandPatients() {
        mongo = new EmbeddedMongo();
        MongoTemplate template = mongo.template();
        PersonalDataFixture privacy = new PersonalDataFixture(template);
        // one key for all: a search opens each patient it shows with its key (cached as in the application);
        // 100,000 keys would only slow down the seeding
        PatientPersonalData personal = new PatientPersonalData(privacy.fields(), privacy.hashes(),
                patientId -> SubjectRef.patient("benchmark"));
        projection = new PatientProjection(template, mock(QueryUpdateEmitter.class), personal);
        Random random = new Random(7);
        long began = System.nanoTime();
        List<PatientDocument> batch = new ArrayList<>();
        for (int i = 1; i <= PATIENTS; i++) {
            String middle = MIDDLE[random.nextInt(MIDDLE.length)];
            String name = FIRST[random.nextInt(FIRST.length)] + (middle.isEmpty() ? "" : " " + middle) + " "
                    + LAST[random.nextInt(LAST.length)];
            Sex sex = random.nextBoolean() ? Sex.PEREMPUAN : Sex.LAKI_LAKI;
            LocalDate birthDate = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(30_000));
            String nik = String.format("%06d%02d%02d%02d%04d", 320101 + random.nextInt(900),
                    birthDate.getDayOfMonth() + (sex == Sex.PEREMPUAN ? 40 : 0), birthDate.getMonthValue(),
                    birthDate.getYear() % 100, i % 10_000);
            String bpjsNumber = i % 4 == 0 ? null : String.format("%013d", 1_000_000_000L + i * 7L);
            PatientDetails details = new PatientDetails(nik, name, "Bogor", birthDate, sex, "Jl. Melati No. " + i % 200,
                    "003/005", "Cibinong", "Cibinong", "Kabupaten Bogor", null, BloodType.UNKNOWN,
                    MaritalStatus.KAWIN, null, null, bpjsNumber);
            PatientDocument patient = personal.document("p-" + i, String.format("RM-%06d", i), details, null,
                    Instant.parse("2026-01-01T00:00:00Z"), "seed", null, null, 1);
            patients.add(new Seeded(patient, nik, bpjsNumber));
            batch.add(patient);
            if (batch.size() == 5_000) {
                template.insert(batch, PatientDocument.class);
                batch.clear();
            }
        }
        java.util.Map<String, List<String>> keys = new java.util.LinkedHashMap<>();
        patients.forEach(seeded -> PatientProjection.keys(seeded.document()).forEach(key ->
                keys.computeIfAbsent(key, k -> new ArrayList<>()).add(seeded.document().patientId())));
        List<PatientKeyDocument> entries = keys.entrySet().stream()
                                               .map(entry -> new PatientKeyDocument(entry.getKey(), entry.getValue()))
                                               .toList();
        for (int from = 0; from < entries.size(); from += 5_000) {
            template.insert(entries.subList(from, Math.min(entries.size(), from + 5_000)), PatientKeyDocument.class);
        }
        System.out.printf("[figures] %,d patients inserted into the embedded MongoDB in %.1f s%n", PATIENTS,
                (System.nanoTime() - began) / 1e9);
    }

    @AfterAll
    void tearDown() {
        mongo.close();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void searchesOneHundredThousandPatients(Kind kind) {
        Random random = new Random(kind.ordinal());
        IntFunction<String> text = switch (kind) {
            case MEDICAL_RECORD_NUMBER -> i -> patient(random).document().medicalRecordNumber();
            case NIK -> i -> patient(random).nik();
            case BPJS_NUMBER -> i -> {
                Seeded patient;
                do {
                    patient = patient(random);
                } while (patient.bpjsNumber() == null);
                return patient.bpjsNumber();
            };
            case NAME_PREFIX -> i -> FIRST[random.nextInt(FIRST.length)].substring(0, 3).toLowerCase();
            case WORD_PREFIX -> i -> LAST[random.nextInt(LAST.length)].substring(0, 4);
            case CONTAINS -> i -> {
                String last = LAST[random.nextInt(LAST.length)];
                return last.substring(1, Math.min(5, last.length()));
            };
            case ACCENTED -> i -> "Sítí " + LAST[random.nextInt(LAST.length)].substring(0, 3);
            case FULL_NAME -> i -> patient(random).document().name();
        };
        boolean exact = kind == Kind.MEDICAL_RECORD_NUMBER || kind == Kind.NIK || kind == Kind.BPJS_NUMBER;
        int searches = exact ? SEARCHES : NAME_SEARCHES;
        long[] nanos = new long[searches];
        int found = 0;
        for (int i = -Math.min(10, searches); i < searches; i++) {
            String searched = text.apply(i);
            long began = System.nanoTime();
            List<PatientSummary> result = projection.handle(new SearchPatientsQuery(searched, 20));
            long took = System.nanoTime() - began;
            if (i >= 0) {
                nanos[i] = took;
                found += result.isEmpty() ? 0 : 1;
            }
        }
        Arrays.sort(nanos);
        assertThat(found).as("searches of %s that found someone", kind).isEqualTo(searches);
        System.out.printf("[figures] search by %s on %,d patients: %.1f / %.1f ms per search (p50/p95), %d searches%n",
                kind, PATIENTS, nanos[searches / 2] / 1e6, nanos[searches * 95 / 100] / 1e6, searches);
    }

    private Seeded patient(Random random) {
        return patients.get(random.nextInt(patients.size()));
    }
}
