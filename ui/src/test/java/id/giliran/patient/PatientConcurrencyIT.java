package id.giliran.patient;

import org.junit.jupiter.api.extension.ExtendWith;
import id.giliran.AsTheApplication;
import id.giliran.identity.security.Callers;
import id.giliran.GiliranSpringTest;
import id.giliran.api.patient.BloodType;
import id.giliran.api.patient.MaritalStatus;
import id.giliran.api.patient.PatientDetails;
import id.giliran.api.patient.PatientSummary;
import id.giliran.api.patient.PatientView;
import id.giliran.api.patient.RegisterPatientCommand;
import id.giliran.api.patient.Sex;
import id.giliran.infrastructure.ErrorCodes;
import id.giliran.patient.ui.PatientService;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The set-based patient rules under concurrency, on the whole application: one patient per NIK
 * when many officers register the same person at once; unique, consecutive medical record numbers
 * when many register different people at once. Prints its figures.
 */
@GiliranSpringTest
@ExtendWith(AsTheApplication.class)
class PatientConcurrencyIT {

    static final int THREADS = 16;

    @Autowired
    CommandGateway commandGateway;
    @Autowired
    PatientService patients;
    @Autowired
    EventStore eventStore;

    /** A NIK that agrees with the birth date and sex, unique to this run and {@code serial}. */
    static String nik(int region, LocalDate birthDate, Sex sex, int serial) {
        int day = birthDate.getDayOfMonth() + (sex == Sex.PEREMPUAN ? 40 : 0);
        return String.format("%06d%02d%02d%02d%04d", region, day, birthDate.getMonthValue(), birthDate.getYear() % 100,
                serial);
    }

    static PatientDetails details(String name, String nik, LocalDate birthDate, Sex sex) {
        return new PatientDetails(nik, name, "Sleman", birthDate, sex, "Jl. Kaliurang Km 5", "2/7", "Caturtunggal",
                "Depok", "Kabupaten Sleman", "0812 7000 1234", BloodType.B, MaritalStatus.BELUM_KAWIN, "Mahasiswa",
                null, null);
    }

    private static int region() {
        return 340000 + ThreadLocalRandom.current().nextInt(10_000);
    }

    @Test
    void twentyOfficersRegisteringTheSamePersonAtOnceMakeOnePatient() throws Exception {
        LocalDate birthDate = LocalDate.of(1998, 4, 9);
        String nik = nik(region(), birthDate, Sex.PEREMPUAN, 1);
        ExecutorService desks = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> attempts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            RegisterPatientCommand command = new RegisterPatientCommand(UUID.randomUUID().toString(),
                    details("Rahayu Lestari", nik, birthDate, Sex.PEREMPUAN), null);
            attempts.add(desks.submit(() -> {
                start.await();
                try {
                    Callers.asSystem(() -> commandGateway.sendAndWait(command));
                    return "REGISTERED";
                } catch (RuntimeException refused) {
                    return ErrorCodes.of(refused).orElse("UNEXPECTED " + refused);
                }
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        Map<String, Long> outcomes = new TreeMap<>();
        for (Future<String> attempt : attempts) {
            outcomes.merge(attempt.get(), 1L, Long::sum);
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        desks.shutdown();

        assertThat(outcomes).containsExactly(Map.entry("NIK_ALREADY_REGISTERED", 19L), Map.entry("REGISTERED", 1L));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(patients.search(nik)).extracting(PatientSummary::name).containsExactly("Rahayu Lestari"));
        assertThat(patients.findByNik(nik)).isPresent();
        System.out.printf("[figures] one NIK, 20 registrations at once from %d threads in %.2f s: %s%n", THREADS,
                seconds, outcomes);
    }

    @Test
    void aHundredPatientsRegisteredAtOnceGetDistinctConsecutiveMedicalRecordNumbers() throws Exception {
        int count = 100;
        int region = region();
        ExecutorService desks = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> registrations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Sex sex = i % 2 == 0 ? Sex.LAKI_LAKI : Sex.PEREMPUAN;
            LocalDate birthDate = LocalDate.of(1950, 1, 1).plusDays(i * 211L);
            RegisterPatientCommand command = new RegisterPatientCommand(UUID.randomUUID().toString(),
                    details("Pasien Serentak " + i, nik(region, birthDate, sex, i + 1), birthDate, sex), null);
            registrations.add(desks.submit(() -> {
                start.await();
                return Callers.asSystem(() -> commandGateway.<String>sendAndWait(command));
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        List<String> numbers = new ArrayList<>();
        for (Future<String> registration : registrations) {
            numbers.add(registration.get());
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        desks.shutdown();

        assertThat(numbers).allMatch(number -> number.matches("RM-[0-9]{6}")).doesNotHaveDuplicates();
        List<Integer> sequences = numbers.stream().map(number -> Integer.parseInt(number.substring(3))).sorted().toList();
        int first = sequences.get(0);
        assertThat(sequences).containsExactlyElementsOf(IntStream.range(first, first + count).boxed().toList());
        // the numbering is loaded from a snapshot once it has given many numbers
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                eventStore.readEvents("medical-record-numbers").asStream().findFirst().orElseThrow()
                          .getPayloadType().getSimpleName()).isEqualTo("MedicalRecordNumbering"));
        System.out.printf("[figures] %d patients registered at once from %d threads in %.2f s (%.0f/s): "
                        + "RM-%06d..RM-%06d, no gaps, no duplicates%n", count, THREADS, seconds, count / seconds, first,
                sequences.get(count - 1));
    }

    @Test
    void anOfficerRegistersChangesAndFindsAPatient() {
        LocalDate birthDate = LocalDate.of(1987, 12, 3);
        String nik = nik(region(), birthDate, Sex.LAKI_LAKI, 9);
        PatientView registered = patients.register(details("Bambang Wíjaya", nik, birthDate, Sex.LAKI_LAKI), null);
        assertThat(registered.medicalRecordNumber()).matches("RM-[0-9]{6}");
        assertThat(registered.details().phone()).isEqualTo("+6281270001234");
        assertThat(registered.details().rtRw()).isEqualTo("002/007");

        PatientView changed = patients.update(registered.patientId(),
                details("Bambang Wijaya Kusuma", nik, birthDate, Sex.LAKI_LAKI), "Nama sesuai KTP baru", null);
        assertThat(changed.revision()).isEqualTo(2);
        assertThat(changed.medicalRecordNumber()).isEqualTo(registered.medicalRecordNumber());

        assertThat(patients.search(registered.medicalRecordNumber())).extracting(PatientSummary::patientId)
                                                                       .containsExactly(registered.patientId());
        assertThat(patients.search("wíjaya kus")).extracting(PatientSummary::patientId)
                                                 .containsExactly(registered.patientId());
        PatientView found = patients.find(registered.patientId()).orElseThrow();
        assertThat(found.details()).isEqualTo(changed.details());
        assertThat(found.revision()).isEqualTo(2);
        assertThat(found.updatedBy()).isEqualTo("system");
    }
}
