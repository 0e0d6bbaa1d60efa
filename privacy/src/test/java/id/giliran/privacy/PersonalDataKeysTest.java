package id.giliran.privacy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import id.giliran.api.privacy.SubjectRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An erasure's key destruction as its event handlers repeat it: once per subject, never what came after. */
class PersonalDataKeysTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T01:00:00Z"), ZoneId.of("Asia/Jakarta"));
    private static final SubjectRef SISWA = SubjectRef.account("siti@sekolah.id");

    private MongoServer server;
    private MongoClient client;
    private MasterKeys master;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://" + server.bindAndGetConnectionString().replace("mongodb://", ""));
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        master = new MasterKeys(key, List.of());
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    /** One application instance: its own caches over the shared key store. */
    private PersonalDataCipher instance() {
        PersonalDataKeys keys = new PersonalDataKeys(new MongoTemplate(client, "privacy"), master, CLOCK);
        keys.open();
        return new PersonalDataCipher(keys);
    }

    @Test
    void eraseOnceDestroysTheSubjectsKey() {
        PersonalDataCipher cipher = instance();
        String sealed = cipher.seal(SISWA, "Saya sering cemas sebelum ujian");

        assertThat(cipher.keys().eraseOnce(SISWA)).isTrue();

        assertThat(cipher.open(sealed)).isEmpty();
        assertThat(cipher.keys().isErased(SISWA)).isTrue();
    }

    @Test
    void eraseOnceLeavesWhatTheSubjectSealedAfterTheErasure() {
        PersonalDataCipher cipher = instance();
        String before = cipher.seal(SISWA, "sebelum");
        cipher.keys().eraseOnce(SISWA);
        String after = cipher.seal(SISWA, "sesudah");

        assertThat(cipher.keys().eraseOnce(SISWA)).as("a replayed erasure").isFalse();

        assertThat(cipher.open(before)).isEmpty();
        assertThat(cipher.open(after)).contains("sesudah");
    }

    @Test
    void eraseOnceOnAnotherInstanceReadsTheStoreNotItsCache() {
        PersonalDataCipher here = instance();
        PersonalDataCipher there = instance();
        String before = here.seal(SISWA, "sebelum");
        assertThat(there.open(before)).as("warms the other instance's cache").contains("sebelum");
        assertThat(there.keys().isErased(SISWA)).isFalse();
        here.keys().eraseOnce(SISWA);
        String after = here.seal(SISWA, "sesudah");

        assertThat(there.keys().eraseOnce(SISWA)).isFalse();

        assertThat(here.open(after)).contains("sesudah");
        assertThat(there.open(after)).contains("sesudah");
    }

    @Test
    void eraseOnceOfASubjectWithoutKeyLeavesATombstone() {
        PersonalDataCipher cipher = instance();

        assertThat(cipher.keys().eraseOnce(SISWA)).isFalse();

        assertThat(cipher.keys().isErased(SISWA)).isTrue();
        assertThat(cipher.keys().eraseOnce(SISWA)).isFalse();
    }
}
