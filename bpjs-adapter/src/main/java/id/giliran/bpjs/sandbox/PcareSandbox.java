package id.giliran.bpjs.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import id.giliran.bpjs.pcare.PcareSettings;
import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A local stand-in for BPJS PCare on an embedded WireMock server, for tests and for running the
 * app without BPJS. It checks every request's signature and credentials (refusing with a 401
 * envelope), answers with encrypted, LZ-String-compressed responses keyed on the request's own
 * X-timestamp, and keeps registered visits in memory.
 *
 * <p>Seeded participants (all registered with {@value SandboxData#PROVIDER_CODE} PUSKESMAS CIBINONG):
 * <ul>
 *   <li>{@link #ACTIVE_CARD} / {@link #ACTIVE_NIK}: SITI AMINAH, active, PBI (APBN), kelas III</li>
 *   <li>{@link #SECOND_ACTIVE_CARD} / {@link #SECOND_ACTIVE_NIK}: BUDI SANTOSO, active, PPU, kelas I</li>
 *   <li>{@link #INACTIVE_CARD} / {@link #INACTIVE_NIK}: AGUS SETIAWAN, not active (membership ended)</li>
 *   <li>{@link #UNKNOWN_CARD}: unknown, answered with code 204 "Data tidak ditemukan"</li>
 * </ul>
 * Clinics 001 UMUM, 002 GIGI &amp; MULUT, 003 KIA, 008 KB, 021 KONSELING; three doctors. Queue
 * numbers are A1, A2, ... per day. An unknown clinic code is refused with 424, an inactive or
 * unknown participant and a second registration of a participant at the same clinic and day
 * with 412.
 */
public final class PcareSandbox implements AutoCloseable {

    public static final String ACTIVE_CARD = "0001234567890";
    public static final String ACTIVE_NIK = "3201014101900001";
    public static final String SECOND_ACTIVE_CARD = "0002345678901";
    public static final String SECOND_ACTIVE_NIK = "3201011507850003";
    public static final String INACTIVE_CARD = "0003456789012";
    public static final String INACTIVE_NIK = "3201012003780002";
    public static final String UNKNOWN_CARD = "0009999999999";
    public static final String PROVIDER_CODE = SandboxData.PROVIDER_CODE;

    public static final String BASE_PATH = "/pcare-rest";
    /** Name of the WireMock transformer that produces the sandbox's answers. */
    public static final String TRANSFORMER = SandboxResponder.NAME;

    /** The credentials the sandbox accepts. */
    public record Credentials(String consumerId, String consumerSecret, String userKey, String username,
                              String password) {

        public Credentials {
            Objects.requireNonNull(consumerId);
            Objects.requireNonNull(consumerSecret);
            Objects.requireNonNull(userKey);
            Objects.requireNonNull(username);
            Objects.requireNonNull(password);
        }

        /** Demo credentials, not secret: they only open the sandbox. */
        public static Credentials demo() {
            return new Credentials("27952", "sandboxSecret2026", "sandbox-user-key", "pkm.cibinong", "Sandbox#2026");
        }

        @Override
        public String toString() {
            return "Credentials[consumerId=" + consumerId + ", username=" + username + ", secrets=***]";
        }
    }

    private final Credentials credentials;
    private final SandboxResponder responder;
    private final WireMockServer server;

    private PcareSandbox(Credentials credentials, int port) {
        this.credentials = credentials;
        this.responder = new SandboxResponder(credentials, BASE_PATH);
        this.server = new WireMockServer(options()
                .bindAddress("127.0.0.1")
                .port(port)
                .maxRequestJournalEntries(200)
                .notifier(new ConsoleNotifier(false))
                .extensions(responder));
    }

    /** Starts on a free port with {@link Credentials#demo()}. */
    public static PcareSandbox start() {
        return start(Credentials.demo(), 0);
    }

    /** Starts on {@code port} (0 for a free one). */
    public static PcareSandbox start(Credentials credentials, int port) {
        PcareSandbox sandbox = new PcareSandbox(credentials, port);
        sandbox.server.start();
        sandbox.stubPcare();
        return sandbox;
    }

    private void stubPcare() {
        server.stubFor(any(urlPathMatching(BASE_PATH + "/.*"))
                .atPriority(10)
                .willReturn(aResponse().withTransformers(SandboxResponder.NAME)));
    }

    /** Ends an outage and removes stubs added through {@link #wireMock()}; registered visits stay. */
    public void resetFaults() {
        responder.setOutage(false);
        server.resetMappings();
        stubPcare();
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.port() + BASE_PATH);
    }

    public int port() {
        return server.port();
    }

    public Credentials credentials() {
        return credentials;
    }

    /** Settings for a PCare client that talks to this sandbox, with the default timeouts. */
    public PcareSettings clientSettings() {
        return PcareSettings.of(credentials.consumerId(), credentials.consumerSecret(), credentials.userKey(),
                credentials.username(), credentials.password(), baseUrl());
    }

    /** While on, every request is answered with HTTP 503 (BPJS down). */
    public void simulateOutage(boolean on) {
        responder.setOutage(on);
    }

    /** Visits registered (and not deleted) for a day. */
    public int visitCount(LocalDate date) {
        return responder.visitCount(date);
    }

    /**
     * The WireMock server, to add stubs for faults (delays, broken bodies); stubs with a priority
     * below 10 win over the sandbox's own answers. A stub that names the sandbox's transformer
     * ({@link #TRANSFORMER}) gets the sandbox's answer with the stub's fixed delay.
     */
    public WireMockServer wireMock() {
        return server;
    }

    @Override
    public void close() {
        server.stop();
    }
}
