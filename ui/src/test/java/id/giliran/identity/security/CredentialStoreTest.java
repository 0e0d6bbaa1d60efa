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

class CredentialStoreTest {

    private MongoServer server;
    private MongoClient client;
    private CredentialStore store;

    @BeforeEach
    void setUp() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        store = new CredentialStore(new MongoTemplate(client, "credentials-test"));
        store.create("ani@puskesmas.id", "{bcrypt}hash");
    }

    @AfterEach
    void tearDown() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aPasswordResetReplacesTheHash() {
        store.replace("ani@puskesmas.id", "{bcrypt}new");

        assertThat(store.find("ani@puskesmas.id").orElseThrow().passwordHash()).isEqualTo("{bcrypt}new");
    }

    @Test
    void anExistingAccountKeepsItsPassword() {
        assertThat(store.create("ani@puskesmas.id", "{bcrypt}other")).isFalse();
        assertThat(store.find("ani@puskesmas.id").orElseThrow().passwordHash()).isEqualTo("{bcrypt}hash");
    }
}
