package id.giliran.bpjs.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import id.giliran.bpjs.config.PcareSettingsStore;
import id.giliran.bpjs.config.StoredPcareSettings;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Secrets at rest: AES-GCM with the configured key or a generated key file; the stored document holds no secret. */
class PcareSettingsStoreTest {

    static final String SECRET = "Rahasia-Consumer-Secret-42";
    static final String USER_KEY = "user-key-3f9a0c7e";
    static final String PASSWORD = "P@ssw0rd-PCare!";

    @TempDir
    Path directory;

    private MongoServer server;
    private MongoClient client;
    private MongoTemplate mongo;

    @BeforeEach
    void startMongo() {
        server = new MongoServer(new MemoryBackend());
        var address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        mongo = new MongoTemplate(client, "giliran-test");
    }

    @AfterEach
    void stopMongo() {
        client.close();
        server.shutdownNow();
    }

    static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    static StoredPcareSettings settings() {
        return new StoredPcareSettings("12345", SECRET, USER_KEY, "pkm.gladak", PASSWORD, "095", "0114U001",
                URI.create("https://apijkn-dev.bpjs-kesehatan.go.id/pcare-rest-dev"), Duration.ofSeconds(4),
                Duration.ofSeconds(25), "admin@giliran.id", Instant.parse("2026-11-22T03:00:00Z"));
    }

    @Test
    void encryptionRoundTripsAndTheCipherTextIsNeitherThePlainTextNorRepeatable() {
        SecretCipher cipher = new SecretCipher(Base64.getDecoder().decode(newKey()));

        String first = cipher.encrypt(SECRET, "consumerSecret");
        String second = cipher.encrypt(SECRET, "consumerSecret");

        assertThat(first).startsWith("v1:").doesNotContain(SECRET).isNotEqualTo(second);
        assertThat(cipher.decrypt(first, "consumerSecret")).isEqualTo(SECRET);
        assertThat(cipher.decrypt(second, "consumerSecret")).isEqualTo(SECRET);
        assertThatThrownBy(() -> cipher.decrypt(first, "password")).as("bound to its setting")
                .isInstanceOf(IllegalArgumentException.class);
        SecretCipher otherKey = new SecretCipher(Base64.getDecoder().decode(newKey()));
        assertThatThrownBy(() -> otherKey.decrypt(first, "consumerSecret")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void savedSettingsComeBackWhileTheStoredDocumentHoldsNoSecret() {
        MongoPcareSettingsStore store = new MongoPcareSettingsStore(mongo, newKey(), "", "");

        store.save(settings());

        assertThat(store.load()).contains(settings());
        Document stored = mongo.getCollection(MongoPcareSettingsStore.COLLECTION).find().first();
        String json = stored.toJson();
        assertThat(json).doesNotContain(SECRET, USER_KEY, PASSWORD).contains("12345", "pkm.gladak");
        assertThat(stored.getString("consumerSecret")).startsWith("v1:");
        assertThat(stored.getString("userKey")).startsWith("v1:");
        assertThat(stored.getString("password")).startsWith("v1:");
        assertThat(settings().toString()).doesNotContain(SECRET, USER_KEY, PASSWORD);
    }

    @Test
    void afterARotationTheSettingsOfThePreviousKeyAreReadAndEncryptedAgainWithTheNewOne() {
        String old = newKey();
        String current = newKey();
        new MongoPcareSettingsStore(mongo, old, "", "").save(settings());

        assertThat(new MongoPcareSettingsStore(mongo, current, "", old).load()).contains(settings());
        assertThat(new MongoPcareSettingsStore(mongo, current, "", "").load()).contains(settings());
    }

    @Test
    void withoutAKeyNothingIsSavedAndWithAnotherKeyNothingIsRead() {
        assertThat(new MongoPcareSettingsStore(mongo, "", "", "").load()).isEmpty();
        assertThatThrownBy(() -> new MongoPcareSettingsStore(mongo, "", "", "").save(settings()))
                .isInstanceOf(PcareSettingsStore.MissingSecretsKeyException.class);
        assertThat(mongo.getCollection(MongoPcareSettingsStore.COLLECTION).countDocuments()).isZero();

        new MongoPcareSettingsStore(mongo, newKey(), "", "").save(settings());
        assertThatThrownBy(() -> new MongoPcareSettingsStore(mongo, newKey(), "", "").load())
                .isInstanceOf(PcareSettingsStore.UnreadableSettingsException.class);
    }

    @Test
    void theEmbeddedDefaultGeneratesAKeyFileOnceReadableByItsOwnerOnly() throws Exception {
        Path keyFile = directory.resolve("data/secrets.key");
        new MongoPcareSettingsStore(mongo, "", keyFile.toString(), "").save(settings());

        assertThat(keyFile).exists();
        if (keyFile.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        }
        String key = Files.readString(keyFile);
        assertThat(Base64.getDecoder().decode(key.strip())).hasSize(32);

        // a restart reads the same file: the saved settings stay readable, the key is not replaced
        assertThat(new MongoPcareSettingsStore(mongo, "", keyFile.toString(), "").load()).contains(settings());
        assertThat(Files.readString(keyFile)).isEqualTo(key);
    }

    @Test
    void aKeyOfTheWrongLengthIsRefused() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> new MongoPcareSettingsStore(mongo, shortKey, "", "").save(settings()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
    }
}
