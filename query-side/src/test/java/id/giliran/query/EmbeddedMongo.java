package id.giliran.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.net.InetSocketAddress;

/** An in-process MongoDB wire-protocol server for projection tests: the real driver, a real socket. */
public final class EmbeddedMongo implements AutoCloseable {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client;

    public EmbeddedMongo() {
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
    }

    public MongoTemplate template() {
        return new MongoTemplate(client, "giliran-test");
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
