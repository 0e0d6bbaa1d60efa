package id.giliran.infrastructure;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import id.giliran.GiliranApplication;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.RemoteIpValve;
import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.axonserver.connector.command.AxonServerCommandBus;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.axonserver.connector.query.AxonServerQueryBus;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryBus;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.Cookie;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import javax.sql.DataSource;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The production profile wires Axon Server as event store and message bus and an external
 * MongoDB from MONGODB_URI, with no embedded store of any kind; towards Axon Server it sends its token over
 * TLS, behind the proxy it believes forwarded headers from the compose network only, its session cookie is
 * Secure, HttpOnly and SameSite=Lax, and mail uses STARTTLS. No Axon Server is reachable here;
 * the "external" MongoDB is a throwaway in-process server on its own port, to prove the URI is used.
 */
class AxonServerProfileIT {

    private static final String SECRETS_KEY = "q2zJ0xq0m3s8fLr3c8vJbq9qk3p6x0Yv7m2n5r8t1wE=";
    private static final String AXONSERVER_TOKEN = "test-token-0f3c9a7e5b1d4c2a";

    private MongoServer externalMongo;
    private ConfigurableApplicationContext context;

    @BeforeEach
    void start() {
        externalMongo = new MongoServer(new MemoryBackend());
        externalMongo.bind("127.0.0.1", 0);
        int mongoPort = externalMongo.getLocalAddress().getPort();
        context = new SpringApplicationBuilder(GiliranApplication.class)
                .profiles("axonserver")
                .run("--server.port=0",
                        "--AXONSERVER_SERVERS=127.0.0.1:18124",
                        "--MONGODB_URI=mongodb://127.0.0.1:" + mongoPort + "/giliran-prod",
                        "--giliran.seed.master-data=false",
                        "--GILIRAN_ADMIN_USERNAME=kepala@puskesmas.id",
                        "--GILIRAN_ADMIN_PASSWORD=Kepala#2026",
                        "--GILIRAN_SECRETS_KEY=" + SECRETS_KEY,
                        // as docker-compose.yml gives them: the token, the CA of Axon Server's certificate (a
                        // certificate only, made by axonserver/make-certs.sh), the proxies, an SMTP server
                        "--AXONSERVER_TOKEN=" + AXONSERVER_TOKEN,
                        "--axon.axonserver.cert-file=" + testCaCertificate(),
                        "--GILIRAN_TRUSTED_PROXIES=" + DeploymentConfigurationTest.composeTrustedProxies(),
                        "--spring.mail.host=smtp.example.invalid",
                        // opening the first admin is a command to Axon Server, which is not there
                        "--giliran.accounts.create=false");
    }

    private static String testCaCertificate() {
        try {
            return Path.of(AxonServerProfileIT.class.getResource("/axonserver/test-ca.crt").toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void stop() {
        if (context != null) {
            context.close();
        }
        externalMongo.shutdownNow();
    }

    @Test
    void productionStartsWithoutDemoAccountsAndRefusesToStartWithoutAFirstAdmin() {
        assertThat(context.getEnvironment().getProperty("giliran.demo", Boolean.class)).isFalse();

        SpringApplicationBuilder withoutAdmin = new SpringApplicationBuilder(GiliranApplication.class)
                .profiles("axonserver");
        assertThatThrownBy(() -> withoutAdmin.run("--server.port=0", "--AXONSERVER_SERVERS=127.0.0.1:18124",
                "--MONGODB_URI=mongodb://127.0.0.1:" + externalMongo.getLocalAddress().getPort() + "/giliran-prod",
                "--giliran.seed.master-data=false", "--GILIRAN_ADMIN_USERNAME=", "--GILIRAN_ADMIN_PASSWORD=",
                "--GILIRAN_SECRETS_KEY=" + SECRETS_KEY))
                .hasRootCauseMessage("No first admin: set GILIRAN_ADMIN_USERNAME (an e-mail address or phone number) "
                        + "and GILIRAN_ADMIN_PASSWORD (at least 8 characters with letters, digits and a symbol).");
    }

    @Test
    void productionRefusesToStartWithoutAMasterKey() {
        SpringApplicationBuilder withoutKey = new SpringApplicationBuilder(GiliranApplication.class)
                .profiles("axonserver");
        assertThatThrownBy(() -> withoutKey.run("--server.port=0", "--AXONSERVER_SERVERS=127.0.0.1:18124",
                "--MONGODB_URI=mongodb://127.0.0.1:" + externalMongo.getLocalAddress().getPort() + "/giliran-prod",
                "--giliran.seed.master-data=false", "--GILIRAN_ADMIN_USERNAME=kepala@puskesmas.id",
                "--GILIRAN_ADMIN_PASSWORD=Kepala#2026", "--giliran.accounts.create=false", "--GILIRAN_SECRETS_KEY="))
                .rootCause().hasMessageStartingWith("No master key: set GILIRAN_SECRETS_KEY");
    }

    @Test
    void commandsEventsAndQueriesGoThroughAxonServer() {
        assertThat(context.getBean(AxonServerConnectionManager.class)).isNotNull();
        assertThat(context.getBean(AxonServerConfiguration.class).getServers()).isEqualTo("127.0.0.1:18124");
        assertThat(context.getBean(EventStore.class)).isInstanceOf(AxonServerEventStore.class);
        assertThat(context.getBean(CommandBus.class)).isInstanceOf(AxonServerCommandBus.class);
        assertThat(context.getBean(QueryBus.class)).isInstanceOf(AxonServerQueryBus.class);
    }

    @Test
    void readModelsGoToTheExternalMongoDbAndNothingIsEmbedded() {
        MongoClient client = context.getBean(MongoClient.class);
        assertThat(client.getClusterDescription().getClusterSettings().getHosts())
                .extracting(Object::toString)
                .containsExactly("127.0.0.1:" + externalMongo.getLocalAddress().getPort());
        assertThat(context.getBeansOfType(MongoServer.class)).isEmpty();
        assertThat(context.getBeansOfType(DataSource.class)).isEmpty();
        // what the application writes lands in the external server, in the database the URI names
        MongoTemplate readModels = context.getBean(MongoTemplate.class);
        assertThat(readModels.getDb().getName()).isEqualTo("giliran-prod");
        readModels.getCollection("profile_probe").insertOne(new Document("_id", "probe"));
        try (MongoClient outside = MongoClients.create(
                "mongodb://127.0.0.1:" + externalMongo.getLocalAddress().getPort())) {
            assertThat(outside.getDatabase("giliran-prod").getCollection("profile_probe").countDocuments()).isOne();
        }
    }

    @Test
    void theApplicationSendsItsTokenOverTlsToAxonServer() {
        AxonServerConfiguration axon = context.getBean(AxonServerConfiguration.class);
        assertThat(axon.getToken()).isEqualTo(AXONSERVER_TOKEN);
        assertThat(axon.isSslEnabled()).isTrue();
        assertThat(axon.getCertFile()).isEqualTo(testCaCertificate());
    }

    @Test
    void behindTheProxyTheClientAddressComesFromItAloneAndTheSessionCookieIsSecure() {
        ServerProperties server = context.getBean(ServerProperties.class);
        assertThat(server.getForwardHeadersStrategy()).isEqualTo(ServerProperties.ForwardHeadersStrategy.NATIVE);
        Cookie cookie = server.getServlet().getSession().getCookie();
        assertThat(cookie.getSecure()).isTrue();
        assertThat(cookie.getHttpOnly()).isTrue();
        assertThat(cookie.getSameSite()).isEqualTo(Cookie.SameSite.LAX);

        Tomcat tomcat = ((TomcatWebServer) ((ServletWebServerApplicationContext) context).getWebServer()).getTomcat();
        RemoteIpValve remoteIp = Arrays.stream(tomcat.getEngine().getPipeline().getValves())
                .filter(RemoteIpValve.class::isInstance).map(RemoteIpValve.class::cast).findFirst().orElseThrow();
        Pattern trusted = Pattern.compile(remoteIp.getInternalProxies());
        assertThat(trusted.matcher("172.30.75.10").matches()).as("nginx in the compose network").isTrue();
        assertThat(trusted.matcher("172.30.76.10").matches()).isFalse();
        assertThat(trusted.matcher("10.1.2.3").matches()).as("not Tomcat's default private ranges").isFalse();
        assertThat(trusted.matcher("192.168.1.20").matches()).isFalse();
        assertThat(remoteIp.getRemoteIpHeader()).isEqualToIgnoringCase("X-Forwarded-For");
        assertThat(remoteIp.getProtocolHeader()).isEqualToIgnoringCase("X-Forwarded-Proto");
    }

    @Test
    void mailUsesStartTlsWhenTheServerOffersIt() {
        Properties mail = ((JavaMailSenderImpl) context.getBean(JavaMailSender.class)).getJavaMailProperties();
        assertThat(mail.getProperty("mail.smtp.starttls.enable")).isEqualTo("true");
        assertThat(mail.getProperty("mail.smtp.starttls.required")).as("GILIRAN_MAIL_STARTTLS_REQUIRED").isEqualTo("false");
        assertThat(mail.getProperty("mail.smtp.ssl.checkserveridentity")).isEqualTo("true");
    }
}

