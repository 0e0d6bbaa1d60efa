package id.giliran.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import id.giliran.api.privacy.DataSubject;
import id.giliran.api.privacy.PersonalData;
import id.giliran.api.privacy.SubjectKind;
import id.giliran.api.privacy.SubjectRef;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataSerializerTest {

    record Details(@PersonalData String name, @PersonalData LocalDate birthDate, String clinic) {
    }

    record SomethingRegisteredEvent(@DataSubject(SubjectKind.PATIENT) String patientId, String number,
                                    Details details, List<Details> family, @PersonalData String notes,
                                    int visits, Instant at) {
    }

    record ClinicOpenedEvent(String clinic, int quota) {
    }

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T01:00:00Z"), ZoneId.of("Asia/Jakarta"));
    private static final byte[] MASTER_A = key();
    private static final byte[] MASTER_B = key();

    private MongoServer server;
    private MongoClient client;
    private MongoTemplate mongo;
    private JacksonSerializer jackson;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://" + server.bindAndGetConnectionString().replace("mongodb://", ""));
        mongo = new MongoTemplate(client, "privacy");
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                                                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        jackson = JacksonSerializer.builder().objectMapper(mapper).build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    private PersonalDataSerializer serializer(MasterKeys master) {
        PersonalDataKeys keys = new PersonalDataKeys(mongo, master, CLOCK);
        keys.open();
        return new PersonalDataSerializer(jackson, new PersonalDataCipher(keys));
    }

    private static SomethingRegisteredEvent event() {
        return new SomethingRegisteredEvent("patient-1", "RM-000001",
                new Details("Sulastri Wahyuningsih", LocalDate.of(1980, 5, 15), "UMUM"),
                List.of(new Details("Bambang Kuncoro", LocalDate.of(1990, 7, 1), "GIGI")),
                "Batuk tiga hari", 3, Instant.parse("2026-11-29T01:00:00Z"));
    }

    @Test
    void canStoreAnEventWithNoPersonalValueInTheClearAndReadItBack() {
        PersonalDataSerializer serializer = serializer(new MasterKeys(MASTER_A, List.of()));
        SerializedObject<byte[]> stored = serializer.serialize(event(), byte[].class);
        String text = new String(stored.getData(), StandardCharsets.UTF_8);

        assertThat(text).doesNotContain("Sulastri", "Bambang", "1980-05-15", "Batuk")
                        .contains("RM-000001", "UMUM", "GIGI", "patient-1", "\"visits\":3", PersonalDataCipher.PREFIX);
        assertThat(serializer.<byte[], SomethingRegisteredEvent>deserialize(stored)).isEqualTo(event());
    }

    @Test
    void canLeaveEventsWithoutPersonalFieldsAsJacksonWritesThem() {
        PersonalDataSerializer serializer = serializer(new MasterKeys(MASTER_A, List.of()));
        ClinicOpenedEvent event = new ClinicOpenedEvent("UMUM", 40);
        assertThat(serializer.serialize(event, byte[].class).getData())
                .isEqualTo(jackson.serialize(event, byte[].class).getData());
    }

    @Test
    void canEraseASubjectSoItsFieldsReadErasedWhileTheFactsStay() {
        PersonalDataSerializer serializer = serializer(new MasterKeys(MASTER_A, List.of()));
        SerializedObject<byte[]> stored = serializer.serialize(event(), byte[].class);
        PersonalDataKeys keys = new PersonalDataKeys(mongo, new MasterKeys(MASTER_A, List.of()), CLOCK);
        assertThat(keys.erase(SubjectRef.patient("patient-1"))).isTrue();

        SomethingRegisteredEvent read = serializer(new MasterKeys(MASTER_A, List.of())).deserialize(stored);
        assertThat(read.details().name()).isEqualTo(PersonalData.ERASED);
        assertThat(read.details().birthDate()).isNull();
        assertThat(read.family().get(0).name()).isEqualTo(PersonalData.ERASED);
        assertThat(read.notes()).isEqualTo(PersonalData.ERASED);
        assertThat(read.number()).isEqualTo("RM-000001");
        assertThat(read.details().clinic()).isEqualTo("UMUM");
        assertThat(read.visits()).isEqualTo(3);
    }

    @Test
    void canReadAnEventStoredBeforeSealingAndBlankItOnceItsSubjectIsErased() {
        SerializedObject<byte[]> legacy = jackson.serialize(event(), byte[].class);
        PersonalDataSerializer serializer = serializer(new MasterKeys(MASTER_A, List.of()));
        assertThat(serializer.<byte[], SomethingRegisteredEvent>deserialize(legacy)).isEqualTo(event());

        new PersonalDataKeys(mongo, new MasterKeys(MASTER_A, List.of()), CLOCK).erase(SubjectRef.patient("patient-1"));

        SomethingRegisteredEvent read = serializer(new MasterKeys(MASTER_A, List.of())).deserialize(legacy);
        assertThat(read.details().name()).isEqualTo(PersonalData.ERASED);
        assertThat(read.notes()).isEqualTo(PersonalData.ERASED);
        assertThat(read.number()).isEqualTo("RM-000001");
    }

    @Test
    void canRotateTheMasterKeyAndStillReadEverything() {
        SerializedObject<byte[]> stored = serializer(new MasterKeys(MASTER_A, List.of())).serialize(event(), byte[].class);
        String hash = new PersonalDataKeys(mongo, new MasterKeys(MASTER_A, List.of()), CLOCK).keyedHash("nik", "1");

        PersonalDataKeys rotating = new PersonalDataKeys(mongo, new MasterKeys(MASTER_B, List.of(MASTER_A)), CLOCK);
        assertThat(rotating.open()).isEqualTo(2); // the subject's key and the keyed-hash secret

        PersonalDataSerializer afterwards = serializer(new MasterKeys(MASTER_B, List.of()));
        assertThat(afterwards.<byte[], SomethingRegisteredEvent>deserialize(stored)).isEqualTo(event());
        assertThat(new PersonalDataKeys(mongo, new MasterKeys(MASTER_B, List.of()), CLOCK).keyedHash("nik", "1"))
                .isEqualTo(hash);
    }

    @Test
    void cannotStartWithAMasterKeyThatDoesNotOpenTheStoredKeys() {
        serializer(new MasterKeys(MASTER_A, List.of())).serialize(event(), byte[].class);
        PersonalDataKeys wrong = new PersonalDataKeys(mongo, new MasterKeys(MASTER_B, List.of()), CLOCK);
        long before = mongo.getCollection(PersonalDataKeys.KEYS).countDocuments();

        assertThatThrownBy(wrong::open).isInstanceOf(MasterKeys.WrongMasterKeyException.class)
                                       .hasMessageContaining("GILIRAN_SECRETS_PREVIOUS_KEYS");
        assertThat(mongo.getCollection(PersonalDataKeys.KEYS).countDocuments()).isEqualTo(before);
    }

    @Test
    void cannotReadAValueWhoseKeyIsMissingFromTheStoreAsIfItWereErased() {
        PersonalDataSerializer serializer = serializer(new MasterKeys(MASTER_A, List.of()));
        SerializedObject<byte[]> stored = serializer.serialize(event(), byte[].class);
        mongo.getCollection(PersonalDataKeys.KEYS).deleteMany(new org.bson.Document("_id",
                new org.bson.Document("$ne", PersonalDataKeys.HASH_KEY_ID)));

        assertThatThrownBy(() -> serializer(new MasterKeys(MASTER_A, List.of())).deserialize(stored))
                .hasMessageContaining("not in the key store");
    }

    @Test
    void canGiveTheSameKeyedHashForTheSameValueAndPurposeOnly() {
        PersonalDataKeys keys = new PersonalDataKeys(mongo, new MasterKeys(MASTER_A, List.of()), CLOCK);
        String nik = keys.keyedHash("nik", "3509011505800001");
        assertThat(nik).hasSize(64).doesNotContain("3509011505800001")
                       .isEqualTo(keys.keyedHash("nik", "3509011505800001"))
                       .isNotEqualTo(keys.keyedHash("bpjs", "3509011505800001"));
    }

    @Test
    void canSealAFileAndForgetItWithItsSubject() {
        PersonalDataKeys keys = new PersonalDataKeys(mongo, new MasterKeys(MASTER_A, List.of()), CLOCK);
        PersonalDataCipher cipher = new PersonalDataCipher(keys);
        byte[] scan = "KTP scan of Sulastri".getBytes(StandardCharsets.UTF_8);
        byte[] sealed = cipher.sealFile(SubjectRef.patient("patient-1"), scan);

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("Sulastri");
        assertThat(cipher.openFile(sealed)).contains(scan);
        keys.erase(SubjectRef.patient("patient-1"));
        assertThat(cipher.openFile(sealed)).isEmpty();
        assertThat(cipher.openFile(scan)).contains(scan);
    }

    @Test
    void canTellATamperedValue() {
        PersonalDataCipher cipher = new PersonalDataCipher(
                new PersonalDataKeys(mongo, new MasterKeys(MASTER_A, List.of()), CLOCK));
        String sealed = cipher.seal(SubjectRef.account("siswa@giliran.id"), "\"Saya cemas\"");
        int colon = sealed.lastIndexOf(':');
        byte[] raw = java.util.Base64.getDecoder().decode(sealed.substring(colon + 1));
        raw[raw.length / 2] ^= 1;
        String changed = sealed.substring(0, colon + 1) + java.util.Base64.getEncoder().encodeToString(raw);
        assertThatThrownBy(() -> cipher.open(changed)).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] key() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    static SerializedObject<byte[]> bytes(String json, Class<?> type) {
        return new SimpleSerializedObject<>(json.getBytes(StandardCharsets.UTF_8), byte[].class, type.getName(), null);
    }
}
