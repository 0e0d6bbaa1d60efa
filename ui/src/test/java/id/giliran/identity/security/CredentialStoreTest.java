package id.giliran.identity.security;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class CredentialStoreTest {

    private MongoServer server;
    private MongoClient client;
    private MutableClock clock;
    private CredentialStore store;

    @BeforeEach
    void setUp() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        clock = new MutableClock(Instant.parse("2026-11-22T01:00:00Z"));
        store = new CredentialStore(new MongoTemplate(client, "credentials-test"), clock);
        store.create("ani@puskesmas.id", "{bcrypt}hash");
    }

    @AfterEach
    void tearDown() {
        client.close();
        server.shutdownNow();
    }

    private boolean locked() {
        return store.isLocked(store.find("ani@puskesmas.id").orElseThrow());
    }

    @Test
    void theFifthFailureInARowLocksTheAccountForFifteenMinutes() {
        for (int failure = 1; failure < CredentialStore.MAX_FAILURES; failure++) {
            assertThat(store.recordFailure("ani@puskesmas.id")).isFalse();
        }
        assertThat(locked()).isFalse();

        assertThat(store.recordFailure("ani@puskesmas.id")).isTrue();
        assertThat(locked()).isTrue();

        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        assertThat(locked()).isTrue();
        clock.advance(Duration.ofSeconds(2));
        assertThat(locked()).isFalse();
    }

    @Test
    void aSuccessfulSignInStartsTheCountAgain() {
        for (int failure = 1; failure < CredentialStore.MAX_FAILURES; failure++) {
            store.recordFailure("ani@puskesmas.id");
        }
        store.recordSuccess("ani@puskesmas.id");

        assertThat(store.recordFailure("ani@puskesmas.id")).isFalse();
        assertThat(locked()).isFalse();
    }

    @Test
    void aPasswordResetLiftsTheLock() {
        for (int failure = 0; failure < CredentialStore.MAX_FAILURES; failure++) {
            store.recordFailure("ani@puskesmas.id");
        }
        store.replace("ani@puskesmas.id", "{bcrypt}new");

        assertThat(locked()).isFalse();
        assertThat(store.find("ani@puskesmas.id").orElseThrow().passwordHash()).isEqualTo("{bcrypt}new");
    }

    @Test
    void failuresAtTheSameMomentAreAllCounted() throws Exception {
        ExecutorService attackers = Executors.newFixedThreadPool(8);
        for (int attempt = 0; attempt < CredentialStore.MAX_FAILURES; attempt++) {
            attackers.submit(() -> store.recordFailure("ani@puskesmas.id"));
        }
        attackers.shutdown();
        assertThat(attackers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(locked()).isTrue();
    }

    @Test
    void anExistingAccountKeepsItsPassword() {
        assertThat(store.create("ani@puskesmas.id", "{bcrypt}other")).isFalse();
        assertThat(store.find("ani@puskesmas.id").orElseThrow().passwordHash()).isEqualTo("{bcrypt}hash");
    }

    static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Jakarta");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
