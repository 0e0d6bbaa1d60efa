package id.giliran.identity.security;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;


import static org.assertj.core.api.Assertions.assertThat;

/** The password of an account being opened: pending until confirmed, replaced only while pending, released only by its own attempt. */
class CredentialReservationTest {

    private MongoServer server;
    private MongoClient client;
    private CredentialStore store;

    @BeforeEach
    void setUp() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        store = new CredentialStore(new MongoTemplate(client, "reservation-test"));
    }

    @AfterEach
    void tearDown() {
        client.close();
        server.shutdownNow();
    }

    private String hash(String username) {
        return store.find(username).orElseThrow().passwordHash();
    }

    @Test
    void aPendingPasswordGivesWayToTheNextAttemptAndAConfirmedOneNever() {
        assertThat(store.reserve("ani@puskesmas.id", "{bcrypt}orphan", "attempt-1")).isTrue();
        assertThat(store.reserve("ani@puskesmas.id", "{bcrypt}second", "attempt-2")).isTrue();
        assertThat(hash("ani@puskesmas.id")).isEqualTo("{bcrypt}second");

        store.confirm("ani@puskesmas.id", "{bcrypt}second", "attempt-2");

        assertThat(store.reserve("ani@puskesmas.id", "{bcrypt}thief", "attempt-3")).isFalse();
        assertThat(hash("ani@puskesmas.id")).isEqualTo("{bcrypt}second");
    }

    @Test
    void aPasswordStoredBeforeThisChangeCountsAsConfirmed() {
        store.create("budi@puskesmas.id", "{bcrypt}old");

        assertThat(store.reserve("budi@puskesmas.id", "{bcrypt}thief", "attempt-1")).isFalse();
        assertThat(hash("budi@puskesmas.id")).isEqualTo("{bcrypt}old");
    }

    @Test
    void aReleaseRemovesOnlyItsOwnPendingPassword() {
        store.reserve("ani@puskesmas.id", "{bcrypt}first", "attempt-1");
        store.reserve("ani@puskesmas.id", "{bcrypt}second", "attempt-2");

        store.release("ani@puskesmas.id", "attempt-1");
        assertThat(hash("ani@puskesmas.id")).isEqualTo("{bcrypt}second");

        store.confirm("ani@puskesmas.id", "{bcrypt}second", "attempt-2");
        store.release("ani@puskesmas.id", "attempt-2");
        assertThat(hash("ani@puskesmas.id")).as("confirmed: never released").isEqualTo("{bcrypt}second");

        store.reserve("cici@puskesmas.id", "{bcrypt}refused", "attempt-9");
        store.release("cici@puskesmas.id", "attempt-9");
        assertThat(store.find("cici@puskesmas.id")).isEmpty();
    }

    @Test
    void theAccountOfTheAttemptThatWonKeepsItsPasswordWhateverTheOrder() {
        // A reserves, B replaces A's pending password, A's account is opened and confirms, B's is refused and releases
        store.reserve("dewi@puskesmas.id", "{bcrypt}a", "a");
        store.reserve("dewi@puskesmas.id", "{bcrypt}b", "b");
        store.release("dewi@puskesmas.id", "b");
        store.confirm("dewi@puskesmas.id", "{bcrypt}a", "a");

        assertThat(hash("dewi@puskesmas.id")).isEqualTo("{bcrypt}a");
    }
}
