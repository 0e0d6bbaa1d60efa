package id.giliran.infrastructure;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded default's MongoDB: an in-process server speaking the MongoDB wire protocol on a
 * loopback port, its data in one file under the data directory. The application talks to it with
 * the normal driver, exactly as to a real MongoDB. Setting {@code spring.data.mongodb.uri} (env
 * MONGODB_URI) turns this off and uses that MongoDB instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.data.mongodb.uri:}'.isBlank()")
class EmbeddedMongoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);

    @Bean(destroyMethod = "shutdown")
    MongoServer embeddedMongoServer(GiliranProperties properties) {
        Path directory = properties.dataDir().resolve("readmodel");
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the read-model directory " + directory, e);
        }
        Path file = directory.resolve("mongo.mv");
        MongoServer server = new MongoServer(new H2Backend(file.toString()));
        server.bind("127.0.0.1", 0);
        log.info("Embedded MongoDB on {} with data in {}", server.getLocalAddress(), file.toAbsolutePath());
        return server;
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(MongoServer embeddedMongoServer) {
        InetSocketAddress address = embeddedMongoServer.getLocalAddress();
        return MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
    }
}
