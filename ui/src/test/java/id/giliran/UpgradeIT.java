package id.giliran;

import id.giliran.api.counseling.CounselingBookingView;
import id.giliran.api.counseling.CounselingMessageView;
import id.giliran.api.document.DocumentView;
import id.giliran.api.patient.BloodType;
import id.giliran.api.patient.MaritalStatus;
import id.giliran.api.patient.PatientDetails;
import id.giliran.api.patient.PatientView;
import id.giliran.api.patient.Sex;
import id.giliran.api.registration.RegistrationView;
import id.giliran.counseling.ui.CounselingService;
import id.giliran.document.ui.DocumentService;
import id.giliran.masterdata.ui.MasterDataService;
import id.giliran.patient.ui.PatientService;
import id.giliran.registration.ui.RegistrationService;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A data directory written by the release before personal data was sealed (main at 761f87e: events with
 * personal fields in the clear, the raw NIK in the id of its claim, read models holding NIKs, a scan stored
 * unencrypted) starts with this release and still reads: the read models of the old layout are rebuilt from
 * the old events, patients are found by NIK through its keyed hash, the NIK stays taken, and the rebuilt read
 * models hold no NIK. The fixture (ui/src/test/resources/upgrade/datadir-761f87e.zip, 93 KB) was made by
 * starting 761f87e on an empty directory and registering two patients, a visit with a scan, an online booking
 * and a counseling request with a chat message through the application's services.
 */
class UpgradeIT {

    static final String NIK_A = "3509011505800001";
    static final String NIK_B = "3509014107900002";
    static final String PATIENT_A = "1f10601d-a76d-4716-b8ca-b68d496094bd";
    static final String PATIENT_B = "c9df7648-2e9e-47b3-958a-801231f49ab5";
    static final String REGISTRATION = "b6d865ff-98ac-4f04-af2f-8aee1fe72b5b";
    static final String DOCUMENT = "0905550e-f282-4ff3-bcd3-e58bd09e4b39";
    static final String SCAN_SHA256 = "04b1cfd661846bad1306a3ee1930689944010038d3b658a28f083f311d86cb8d";
    static final String COUNSELING = "21af053e-dd14-4a5d-932c-4ae1c0d28517";
    static final String CHAT = "Saya cemas sekali minggu ini";
    static final Map<String, String> PASSWORDS = Map.of("loket@giliran.id", "Loket#2026",
            "siswa@giliran.id", "Siswa#2026", "admin@giliran.id", "Admin#2026");

    @TempDir
    Path dataDir;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aDataDirectoryOfTheReleaseBeforeStillReadsAndItsReadModelsHoldNoNik() throws Exception {
        unzip("/upgrade/datadir-761f87e.zip", dataDir);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(GiliranApplication.class)
                .run("--server.port=0", "--giliran.data-dir=" + dataDir.toAbsolutePath())) {
            MasterDataService masterData = app.getBean(MasterDataService.class);
            signIn(app, "loket@giliran.id");
            await().atMost(Duration.ofSeconds(60)).pollInSameThread().ignoreExceptions()
                   .until(() -> masterData.clinics().size() == 5);
            PatientService patients = app.getBean(PatientService.class);

            PatientView a = await().atMost(Duration.ofSeconds(60)).pollInSameThread().ignoreExceptions()
                                   .until(() -> patients.findByNik(NIK_A).orElse(null), found -> found != null);
            assertThat(a.patientId()).isEqualTo(PATIENT_A);
            assertThat(a.medicalRecordNumber()).isEqualTo("RM-000001");
            assertThat(a.details().name()).isEqualTo("Sulastri Wahyuningsih");
            assertThat(a.details().allergies()).isEqualTo("Penisilin");
            assertThat(a.details().bpjsNumber()).isEqualTo("0001234500001");
            assertThat(patients.findByNik(NIK_B)).map(PatientView::patientId).contains(PATIENT_B);
            assertThat(patients.search("Kuncoro")).extracting(summary -> summary.patientId()).containsExactly(PATIENT_B);

            // the old claim of the NIK still holds: nobody else can be registered with it
            assertThatThrownBy(() -> patients.register(new PatientDetails(NIK_A, "Orang Lain", "Jember",
                    LocalDate.of(1980, 5, 15), Sex.LAKI_LAKI, "Jl. Mawar 1", "001/001", "Kebonsari", "Sumbersari",
                    "Kabupaten Jember", null, BloodType.UNKNOWN, MaritalStatus.KAWIN, null, null, null), null))
                    .hasMessageContaining("NIK");

            RegistrationView visit = app.getBean(RegistrationService.class).find(REGISTRATION).orElseThrow();
            assertThat(visit.registrationNumber()).isEqualTo("REG-20261130-0001");
            assertThat(visit.notes()).isEqualTo("Batuk tiga hari");

            DocumentService documents = app.getBean(DocumentService.class);
            assertThat(documents.documents(PATIENT_A)).extracting(DocumentView::documentId).containsExactly(DOCUMENT);
            // a scan stored before sealing opens as it was stored
            byte[] scan = documents.open(PATIENT_A, DOCUMENT).orElseThrow().content();
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(scan)))
                    .isEqualTo(SCAN_SHA256);

            signIn(app, "siswa@giliran.id");
            CounselingService counseling = app.getBean(CounselingService.class);
            assertThat(counseling.myBookings()).extracting(CounselingBookingView::bookingId).contains(COUNSELING);
            assertThat(counseling.messages(COUNSELING)).extracting(CounselingMessageView::text).containsExactly(CHAT);

            // the rebuilt read models keep no NIK in the clear, in any collection
            MongoTemplate mongo = app.getBean(MongoTemplate.class);
            for (String collection : mongo.getCollectionNames()) {
                for (Document document : mongo.getCollection(collection).find()) {
                    assertThat(document.toJson()).as(collection).doesNotContain(NIK_A, NIK_B);
                }
            }
        }
    }

    static void signIn(ConfigurableApplicationContext app, String username) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(app.getBean(UserDetailsService.class));
        provider.setPasswordEncoder(app.getBean(PasswordEncoder.class));
        SecurityContextHolder.getContext().setAuthentication(provider.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(username, PASSWORDS.get(username))));
    }

    static void unzip(String resource, Path into) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(UpgradeIT.class.getResourceAsStream(resource))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("entry outside the directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target);
                }
            }
        }
        Path key = into.resolve("secrets.key");
        if (Files.exists(key)) {
            Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
