package id.giliran.infrastructure;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hardened production path as written down: docker-compose.yml, axonserver/axonserver.properties,
 * proxy/nginx.conf, mongo/init and the axonserver profile, read as files (no Docker here). Access control
 * and TLS on both sides of the Axon Server connection, nothing published but the proxy and the dashboard on
 * 127.0.0.1, MongoDB with a password and the app's own user, the app only behind the proxy, secure cookies and
 * forwarded headers. AxonServerProfileIT checks the same settings in a started application.
 */
class DeploymentConfigurationTest {

    private static final Path ROOT = repositoryRoot();
    private static final Pattern REQUIRED = Pattern.compile("\\$\\{([A-Z_]+):\\?[^}]+}");

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("docker-compose.yml")) && Files.isDirectory(dir.resolve("axonserver"))) {
                return dir;
            }
        }
        throw new IllegalStateException("docker-compose.yml not found above " + Path.of("").toAbsolutePath());
    }

    private static String read(String file) {
        try {
            return Files.readString(ROOT.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(String file) {
        return (Map<String, Object>) new Yaml().load(read(file));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String... keys) {
        Map<String, Object> current = parent;
        for (String key : keys) {
            current = (Map<String, Object>) current.get(key);
            assertThat(current).as(String.join(".", keys)).isNotNull();
        }
        return current;
    }

    private static Map<String, Object> service(String name) {
        return map(yaml("docker-compose.yml"), "services", name);
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Map<String, Object> service, String key) {
        Object value = service.get(key);
        return value == null ? List.of() : ((List<Object>) value).stream().map(String::valueOf).toList();
    }

    /** Every volume as "source:target" plus ":ro" when read-only, from the short or the long syntax. */
    @SuppressWarnings("unchecked")
    private static List<String> mounts(Map<String, Object> service) {
        Object volumes = service.get("volumes");
        if (volumes == null) {
            return List.of();
        }
        return ((List<Object>) volumes).stream().map(volume -> {
            if (volume instanceof Map<?, ?> bind) {
                return bind.get("source") + ":" + bind.get("target")
                        + (Boolean.TRUE.equals(bind.get("read_only")) ? ":ro" : "");
            }
            return String.valueOf(volume);
        }).toList();
    }

    private static String env(Map<String, Object> service, String name) {
        return String.valueOf(map(service, "environment").get(name));
    }

    private static Properties axonServerProperties() {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("axonserver/axonserver.properties"))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** What docker-compose.yml gives the app as GILIRAN_TRUSTED_PROXIES (AxonServerProfileIT starts with it). */
    static String composeTrustedProxies() {
        return env(service("app"), "GILIRAN_TRUSTED_PROXIES");
    }

    @Test
    void axonServerRequiresATokenFromTheEnvironment() {
        Properties axonServer = axonServerProperties();
        assertThat(axonServer.getProperty("axoniq.axonserver.accesscontrol.enabled")).isEqualTo("true");
        assertThat(axonServer.getProperty("axoniq.axonserver.accesscontrol.token")).isEqualTo("${AXONSERVER_TOKEN}");
        assertThat(axonServer.getProperty("axoniq.axonserver.accesscontrol.internal-token"))
                .isEqualTo("${AXONSERVER_INTERNAL_TOKEN}");
        assertThat(axonServer.getProperty("axoniq.axonserver.devmode.enabled")).isEqualTo("false");

        Map<String, Object> axonserver = service("axonserver");
        assertThat(env(axonserver, "AXONSERVER_TOKEN")).matches(REQUIRED).contains("AXONSERVER_TOKEN");
        assertThat(env(axonserver, "AXONSERVER_INTERNAL_TOKEN")).matches(REQUIRED)
                .contains("AXONSERVER_INTERNAL_TOKEN");
        assertThat(env(service("app"), "AXONSERVER_TOKEN")).isEqualTo(env(axonserver, "AXONSERVER_TOKEN"));
        assertThat(map(yaml("ui/src/main/resources/application-axonserver.yml"), "axon", "axonserver")
                .get("token")).isEqualTo("${AXONSERVER_TOKEN:}");
    }

    @Test
    void theGrpcConnectionUsesTlsOnBothSides() {
        Properties axonServer = axonServerProperties();
        assertThat(axonServer.getProperty("axoniq.axonserver.ssl.enabled")).isEqualTo("true");
        List<String> axonVolumes = mounts(service("axonserver"));
        for (String file : List.of(axonServer.getProperty("axoniq.axonserver.ssl.cert-chain-file"),
                axonServer.getProperty("axoniq.axonserver.ssl.private-key-file"))) {
            assertThat(axonVolumes).as("mounted read-only: " + file)
                    .anyMatch(volume -> volume.startsWith("./axonserver/tls/") && volume.endsWith(":" + file + ":ro"));
        }

        Map<String, Object> app = service("app");
        assertThat(env(app, "AXONSERVER_SSL_ENABLED")).isEqualTo("true");
        String certFile = env(app, "AXON_AXONSERVER_CERT_FILE");
        assertThat(mounts(app)).contains("./axonserver/tls/ca.crt:" + certFile + ":ro");
        Map<String, Object> client = map(yaml("ui/src/main/resources/application-axonserver.yml"), "axon",
                "axonserver");
        assertThat(client.get("ssl-enabled")).isEqualTo("${AXONSERVER_SSL_ENABLED:true}");
        // an empty cert-file stops the connector ("could not find certificate file"): only set when given
        assertThat(client).doesNotContainKey("cert-file");
        assertThat(read("axonserver/make-certs.sh")).contains("openssl", "DNS:axonserver");
        assertThat(read(".gitignore")).contains("axonserver/tls/", "proxy/certs/", ".env");
    }

    @Test
    void onlyTheProxyIsPublishedAndTheDashboardOnlyOnThisMachine() {
        Map<String, Object> services = map(yaml("docker-compose.yml"), "services");
        for (String name : services.keySet()) {
            List<String> ports = list(map(services, name), "ports");
            switch (name) {
                case "proxy" -> assertThat(ports).containsExactlyInAnyOrder("80:80", "443:443");
                case "axonserver" -> assertThat(ports).containsExactly("127.0.0.1:8024:8024");
                default -> assertThat(ports).as(name + " publishes nothing").isEmpty();
            }
            assertThat(ports).noneMatch(port -> port.contains("8124"));
        }
        assertThat(list(service("app"), "expose")).containsExactly("8080");
    }

    @Test
    void mongoDbNeedsAPasswordAndTheAppHasItsOwnUserOnItsDatabaseOnly() {
        Map<String, Object> mongo = service("mongo");
        assertThat(env(mongo, "MONGO_INITDB_ROOT_USERNAME")).matches(REQUIRED);
        assertThat(env(mongo, "MONGO_INITDB_ROOT_PASSWORD")).matches(REQUIRED);
        assertThat(list(mongo, "command")).contains("--replSet", "--keyFile");
        assertThat(mounts(mongo)).contains("./mongo/init:/docker-entrypoint-initdb.d:ro",
                "mongo-keyfile:/etc/mongo-keyfile:ro");
        assertThat(mounts(service("mongo-keyfile"))).containsExactly("mongo-keyfile:/keyfile");

        String init = read("mongo/init/10-giliran-user.js");
        assertThat(init).contains("roles: [{ role: 'readWrite', db: database }]")
                .doesNotContain("'root'", "AnyDatabase", "dbOwner", "userAdmin", "clusterAdmin");
        assertThat(env(mongo, "GILIRAN_MONGO_DATABASE")).isEqualTo("giliran");

        String uri = env(service("app"), "MONGODB_URI");
        assertThat(uri).matches("mongodb://\\$\\{GILIRAN_MONGO_USERNAME:\\?[^}]+}:\\$\\{GILIRAN_MONGO_PASSWORD:\\?[^}]+}"
                + "@mongo:27017/giliran\\?replicaSet=rs0&authSource=giliran");
        assertThat(env(mongo, "GILIRAN_MONGO_USERNAME")).isEqualTo(uri.substring("mongodb://".length(),
                uri.indexOf("}:") + 1));
    }

    @Test
    void theAppIsReachedOnlyThroughTheHttpsProxy() {
        Map<String, Object> proxy = service("proxy");
        assertThat(String.valueOf(proxy.get("image"))).matches("nginx:\\d+\\.\\d+\\.\\d+-alpine");
        assertThat(mounts(proxy)).contains("./proxy/nginx.conf:/etc/nginx/conf.d/default.conf:ro",
                "./proxy/certs:/etc/nginx/certs:ro");
        String nginx = read("proxy/nginx.conf");
        assertThat(nginx).contains("listen 443 ssl;", "ssl_certificate     /etc/nginx/certs/fullchain.pem;",
                "ssl_certificate_key /etc/nginx/certs/privkey.pem;", "return 301 https://$host$request_uri;",
                "proxy_pass http://app:8080;", "proxy_set_header X-Forwarded-For   $remote_addr;",
                "proxy_set_header X-Forwarded-Proto https;", "proxy_set_header Upgrade    $http_upgrade;",
                "proxy_set_header Connection $connection_upgrade;", "proxy_buffering off;");
        assertThat(nginx).doesNotContainPattern("listen 80[^;]*ssl").doesNotContain("proxy_pass https://app");
    }

    @Test
    void theAxonServerProfileBelievesForwardedHeadersOnlyFromTheComposeNetworkAndSecuresTheSessionCookie() {
        Map<String, Object> profile = yaml("ui/src/main/resources/application-axonserver.yml");
        assertThat(map(profile, "server").get("forward-headers-strategy")).isEqualTo("native");
        assertThat(String.valueOf(map(profile, "server", "tomcat", "remoteip").get("internal-proxies")))
                .startsWith("${GILIRAN_TRUSTED_PROXIES:127\\.");
        Map<String, Object> cookie = map(profile, "server", "servlet", "session", "cookie");
        assertThat(cookie).containsEntry("secure", true).containsEntry("http-only", true)
                .containsEntry("same-site", "lax");

        // without GILIRAN_TRUSTED_PROXIES (the profile outside compose): this machine only
        Pattern byDefault = Pattern.compile(new MockEnvironment().resolveRequiredPlaceholders(
                String.valueOf(map(profile, "server", "tomcat", "remoteip").get("internal-proxies"))));
        assertThat(byDefault.matcher("127.0.0.1").matches()).isTrue();
        assertThat(byDefault.matcher("0:0:0:0:0:0:0:1").matches()).isTrue();
        assertThat(byDefault.matcher("172.30.75.2").matches()).isFalse();
        assertThat(byDefault.matcher("192.168.1.1").matches()).isFalse();

        String subnet = String.valueOf(((List<?>) map(yaml("docker-compose.yml"), "networks", "default", "ipam")
                .get("config")).get(0));
        assertThat(subnet).contains("172.30.75.0/24");
        Pattern trusted = Pattern.compile(composeTrustedProxies());
        assertThat(trusted.matcher("172.30.75.2").matches()).isTrue();
        assertThat(trusted.matcher("172.30.75.254").matches()).isTrue();
        assertThat(trusted.matcher("172.30.7.5").matches()).isFalse();
        assertThat(trusted.matcher("10.0.0.1").matches()).isFalse();
        assertThat(env(service("app"), "GILIRAN_PUBLIC_URL")).contains("https://");
    }

    @Test
    void mailUsesStartTlsAndComposeRequiresIt() {
        Map<String, Object> mail = map(yaml("ui/src/main/resources/application.yml"), "spring", "mail", "properties");
        assertThat(mail).containsEntry("[mail.smtp.starttls.enable]", true)
                .containsEntry("[mail.smtp.starttls.required]", "${GILIRAN_MAIL_STARTTLS_REQUIRED:false}");
        assertThat(env(service("app"), "GILIRAN_MAIL_STARTTLS_REQUIRED"))
                .isEqualTo("${GILIRAN_MAIL_STARTTLS_REQUIRED:-true}");
    }
}
