package id.giliran.privacy;

import id.giliran.GiliranApplication;
import id.giliran.api.patient.BloodType;
import id.giliran.api.patient.MaritalStatus;
import id.giliran.api.patient.PatientDetails;
import id.giliran.api.patient.PatientRegisteredEvent;
import id.giliran.api.patient.PatientView;
import id.giliran.api.patient.Sex;
import id.giliran.patient.ui.PatientService;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The master key at start, on one data directory: the first start makes the key file and stores the
 * personal-data keys (a patient is registered); a start with another key, and one with no key at all, are
 * refused with a message that says so (in Spring Boot's failure box on the console) and write nothing; a start
 * with a new key and the old one as a previous key rotates (every stored key is then wrapped by the new one) and
 * the patient still reads, from the events as from the read model; after that the new key alone is enough.
 */
class MasterKeyStartIT {

    @TempDir
    Path dataDir;

    private final List<String> figures = new ArrayList<>();

    @Test
    void aWrongOrMissingMasterKeyStopsTheStartAndARotationKeepsEverythingReadable() throws Exception {
        String nik = "350904" + "010190" + "0" + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        String name = "Larasati Pramesthi Handayani";
        String patientId;

        // 1. a fresh data directory: the key file is made, the keys are stored under it
        try (ConfigurableApplicationContext first = start()) {
            PatientView patient = as(() -> first.getBean(PatientService.class).register(new PatientDetails(nik, name,
                    "Jember", LocalDate.of(1990, 1, 1), Sex.LAKI_LAKI, "Jl. Kenari 3", null, null, null, null, null,
                    BloodType.UNKNOWN, MaritalStatus.BELUM_KAWIN, null, null, null), null));
            patientId = patient.patientId();
        }
        Path keyFile = dataDir.resolve("secrets.key");
        assertThat(keyFile).exists();
        String oldKey = Files.readString(keyFile, StandardCharsets.US_ASCII).strip();
        long events = eventCount();
        assertThat(events).isPositive();

        // 2. another master key: refused, and nothing written
        String otherKey = newKey();
        String console = failedStart("--giliran.secrets.key=" + otherKey);
        assertThat(console).contains("APPLICATION FAILED TO START",
                "The master key does not open the stored personal-data keys, so Giliran did not start",
                "GILIRAN_SECRETS_PREVIOUS_KEYS");
        assertThat(eventCount()).as("events after the refused start").isEqualTo(events);

        // 3. no master key at all: refused
        console = failedStart("--giliran.secrets.key=", "--giliran.secrets.key-file=");
        assertThat(console).contains("APPLICATION FAILED TO START",
                "There is no master key, so Giliran did not start", "GILIRAN_SECRETS_KEY");
        assertThat(eventCount()).as("events after the refused start").isEqualTo(events);

        // 4. a new key with the old one as a previous key: rotated, and the patient still reads
        String newKey = newKey();
        try (ConfigurableApplicationContext rotated = start("--giliran.secrets.key=" + newKey,
                "--giliran.secrets.previous-keys=" + oldKey)) {
            String newId = rotated.getBean(MasterKeys.class).currentId();
            List<Document> keys = rotated.getBean(MongoTemplate.class).getCollection("personal_data_keys").find()
                                         .into(new ArrayList<>());
            List<Document> live = keys.stream().filter(key -> key.get("wrapped") != null).toList();
            assertThat(live).as("stored keys").isNotEmpty();
            assertThat(live).allSatisfy(key -> assertThat(key.getString("master")).as(key.getString("_id"))
                                                                                 .isEqualTo(newId));
            figures.add(live.size() + " stored keys re-wrapped under master key " + newId);
            assertPatientReads(rotated, patientId, nik, name);
        }

        // 5. from now on the new key alone is enough
        try (ConfigurableApplicationContext after = start("--giliran.secrets.key=" + newKey)) {
            assertPatientReads(after, patientId, nik, name);
        }
        figures.forEach(line -> System.out.println("[master-key] " + line));
    }

    private void assertPatientReads(ConfigurableApplicationContext context, String patientId, String nik, String name) {
        // from the events, through the serializer that opens the sealed fields
        List<PatientDetails> registered = context.getBean(EventStore.class).readEvents(patientId).asStream()
                .filter(event -> event.getPayload() instanceof PatientRegisteredEvent)
                .map(event -> ((PatientRegisteredEvent) event.getPayload()).details()).toList();
        assertThat(registered).singleElement().satisfies(details -> {
            assertThat(details.name()).isEqualTo(name);
            assertThat(details.nik()).isEqualTo(nik);
        });
        // and as the front desk sees it
        Optional<PatientView> shown = as(() -> context.getBean(PatientService.class).find(patientId));
        assertThat(shown).map(view -> view.details().name()).contains(name);
    }

    private ConfigurableApplicationContext start(String... more) {
        long started = System.nanoTime();
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--giliran.data-dir=" + dataDir));
        args.addAll(List.of(more));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(GiliranApplication.class)
                .run(args.toArray(String[]::new));
        figures.add(String.format("started in %d ms with %s", (System.nanoTime() - started) / 1_000_000,
                more.length == 0 ? "the key file" : String.join(" ", more).replaceAll("=[^ ,]{8,}", "=<key>")));
        return context;
    }

    /** Starts with {@code more}, expects the start to fail and answers what the console and the log showed. */
    private String failedStart(String... more) {
        long started = System.nanoTime();
        try (RunOutput output = new RunOutput()) {
            List<String> args = new ArrayList<>(List.of("--server.port=0", "--giliran.data-dir=" + dataDir));
            args.addAll(List.of(more));
            assertThatThrownBy(() -> new SpringApplicationBuilder(GiliranApplication.class)
                    .listeners(output.listener()).run(args.toArray(String[]::new)))
                    .hasStackTraceContaining("master key");
            figures.add(String.format("refused in %d ms with %s", (System.nanoTime() - started) / 1_000_000,
                    String.join(" ", more).replaceAll("=[^ ,]{8,}", "=<key>")));
            String shown = output.consoleText();
            int box = shown.indexOf("APPLICATION FAILED TO START");
            figures.add("the console showed:\n" + (box < 0 ? shown : shown.substring(Math.max(0, box - 30))));
            return output.text();
        }
    }

    private long eventCount() throws SQLException {
        String url = "jdbc:h2:file:" + dataDir.resolve("eventstore").resolve("events") + ";ACCESS_MODE_DATA=r";
        try (Connection connection = DriverManager.getConnection(url, "giliran", "");
             ResultSet rs = connection.createStatement().executeQuery("select count(*) from domain_event_entry")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static <T> T as(Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "loket@giliran.id", null, List.of(new SimpleGrantedAuthority("ROLE_PETUGAS_LOKET"))));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
