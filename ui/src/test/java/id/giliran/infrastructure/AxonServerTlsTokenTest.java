package id.giliran.infrastructure;

import io.grpc.HandlerRegistry;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerMethodDefinition;
import io.grpc.Status;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The certificates axonserver/make-certs.sh makes work with Axon's connector as the axonserver profile
 * configures it: a gRPC server with the script's server certificate and key (as Axon Server gets them) is
 * reached over TLS by a client that trusts the script's ca.crt, and every call carries the access token.
 * The server answers every call UNAUTHENTICATED: only what arrives is of interest.
 */
class AxonServerTlsTokenTest {

    private static final String TOKEN = "test-token-6b0e2c41d8a9f375";
    private static final Metadata.Key<String> ACCESS_TOKEN =
            Metadata.Key.of("AxonIQ-Access-Token", Metadata.ASCII_STRING_MARSHALLER);

    @TempDir
    Path tls;

    @Test
    void theConnectorSendsItsTokenOverTlsToTheCertificateTheScriptMade() throws Exception {
        assumeTrue(works("openssl", "version"), "openssl is not installed");
        makeCertificates();
        assertThat(Files.readString(tls.resolve("axonserver.key"))).startsWith("-----BEGIN PRIVATE KEY-----");

        List<Metadata> received = new CopyOnWriteArrayList<>();
        Server server = NettyServerBuilder.forPort(0)
                .sslContext(GrpcSslContexts.forServer(tls.resolve("axonserver.crt").toFile(),
                        tls.resolve("axonserver.key").toFile()).build())
                .fallbackHandlerRegistry(refusingEverything(received))
                .build()
                .start();
        AxonServerConnectionManager connections = AxonServerConnectionManager.builder()
                .axonServerConfiguration(AxonServerConfiguration.builder()
                        .servers("localhost:" + server.getPort())
                        .ssl(tls.resolve("ca.crt").toString())
                        .token(TOKEN)
                        .componentName("giliran-test")
                        .clientId("giliran-test")
                        .suppressDownloadMessage()
                        .build())
                .build();
        try {
            connections.getConnection("default");

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(received).isNotEmpty());
            assertThat(received).allSatisfy(headers -> assertThat(headers.get(ACCESS_TOKEN)).isEqualTo(TOKEN));
        } finally {
            connections.shutdown();
            server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private void makeCertificates() throws IOException, InterruptedException {
        Path script = repositoryRoot().resolve("axonserver/make-certs.sh");
        ProcessBuilder run = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true);
        run.environment().put("TLS_DIR", tls.toString());
        Process process = run.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("axonserver.crt: OK");
    }

    /** Every method: note the headers, answer UNAUTHENTICATED. */
    private static HandlerRegistry refusingEverything(List<Metadata> received) {
        return new HandlerRegistry() {
            @Override
            public ServerMethodDefinition<?, ?> lookupMethod(String methodName, String authority) {
                MethodDescriptor<byte[], byte[]> method = MethodDescriptor.<byte[], byte[]>newBuilder()
                        .setType(MethodDescriptor.MethodType.UNKNOWN)
                        .setFullMethodName(methodName)
                        .setRequestMarshaller(BYTES)
                        .setResponseMarshaller(BYTES)
                        .build();
                return ServerMethodDefinition.create(method, (call, headers) -> {
                    received.add(headers);
                    call.close(Status.UNAUTHENTICATED.withDescription("test server"), new Metadata());
                    return new ServerCall.Listener<>() {
                    };
                });
            }
        };
    }

    private static final MethodDescriptor.Marshaller<byte[]> BYTES = new MethodDescriptor.Marshaller<>() {
        @Override
        public InputStream stream(byte[] value) {
            return new ByteArrayInputStream(value);
        }

        @Override
        public byte[] parse(InputStream stream) {
            try {
                return stream.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    private static boolean works(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("axonserver/make-certs.sh"))) {
                return dir;
            }
        }
        throw new IllegalStateException("axonserver/make-certs.sh not found");
    }
}
