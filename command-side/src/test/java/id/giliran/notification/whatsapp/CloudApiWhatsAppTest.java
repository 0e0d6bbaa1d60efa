package id.giliran.notification.whatsapp;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

class CloudApiWhatsAppTest {

    static final String PATH = "/v21.0/106540352242922/messages";
    static final String TOKEN = "EAAG-test-token";
    static final WhatsAppMessage MESSAGE = new WhatsAppMessage("+6281234567890", "A-012", 3, "Poli Umum");
    static final String DELIVERED = """
            {"messaging_product":"whatsapp","contacts":[{"input":"6281234567890","wa_id":"6281234567890"}],
             "messages":[{"id":"wamid.HBgNNjI4MTIzNDU2Nzg5MBUCABEYEjQ1"}]}
            """;

    private static WireMockServer wireMock;
    private CloudApiWhatsApp whatsApp;

    @BeforeAll
    static void startWireMock() {
        wireMock = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1")
                .notifier(new ConsoleNotifier(false)));
        wireMock.start();
    }

    @AfterAll
    static void stopWireMock() {
        wireMock.stop();
    }

    @BeforeEach
    void setUp() {
        wireMock.resetAll();
        whatsApp = new CloudApiWhatsApp(settings(URI.create(wireMock.baseUrl() + "/v21.0/")));
    }

    /** Generous timeouts: a slow build machine must not turn an answer into a timeout. */
    static WhatsAppSettings settings(URI baseUrl) {
        return settings(baseUrl, Duration.ofSeconds(10));
    }

    static WhatsAppSettings settings(URI baseUrl, Duration readTimeout) {
        return new WhatsAppSettings(true, baseUrl, "106540352242922", TOKEN, "giliran_antrean_dekat", "id",
                Duration.ofSeconds(5), readTimeout, Duration.ofSeconds(5), Duration.ofSeconds(30));
    }

    @Test
    void sendsTheTemplateMessageWithTheBearerToken() {
        wireMock.stubFor(post(urlPathEqualTo(PATH)).willReturn(okJson(DELIVERED)));

        whatsApp.send(MESSAGE);

        wireMock.verify(1, postRequestedFor(urlPathEqualTo(PATH))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"messaging_product":"whatsapp","recipient_type":"individual","to":"6281234567890",
                         "type":"template",
                         "template":{"name":"giliran_antrean_dekat","language":{"code":"id"},
                                     "components":[{"type":"body","parameters":[
                                         {"type":"text","text":"A-012"},
                                         {"type":"text","text":"3"},
                                         {"type":"text","text":"Poli Umum"}]}]}}
                        """)));
    }

    @Test
    void anAcceptedMessageIsDeliveredWithItsWamid() {
        wireMock.stubFor(post(urlPathEqualTo(PATH)).willReturn(okJson(DELIVERED)));

        assertThat(whatsApp.send(MESSAGE))
                .isEqualTo(new WhatsAppResult.Delivered("wamid.HBgNNjI4MTIzNDU2Nzg5MBUCABEYEjQ1"));
    }

    @Test
    void anAnswerWithoutAMessageIdIsAFailureNotRetried() {
        wireMock.stubFor(post(urlPathEqualTo(PATH)).willReturn(okJson("{\"messaging_product\":\"whatsapp\"}")));

        WhatsAppResult result = whatsApp.send(MESSAGE);

        assertThat(result).isInstanceOfSatisfying(WhatsAppResult.Failed.class,
                failed -> assertThat(failed.retryable()).isFalse());
    }

    @Test
    void aRefusedMessageFailsWithTheCloudApiReasonAndIsNotRetried() {
        wireMock.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"error":{"message":"(#131026) Message undeliverable","type":"OAuthException",
                                  "code":131026,"fbtrace_id":"AbCdEf"}}
                        """)));

        assertThat(whatsApp.send(MESSAGE)).isEqualTo(new WhatsAppResult.Failed(
                "HTTP 400: (#131026) Message undeliverable (kode 131026)", false));
    }

    @Test
    void anExpiredTokenIsNotRetriedAndTheTokenIsNotInTheReason() {
        wireMock.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"error":{"message":"Error validating access token: Session has expired","code":190}}
                        """)));

        WhatsAppResult result = whatsApp.send(MESSAGE);

        assertThat(result).isInstanceOfSatisfying(WhatsAppResult.Failed.class, failed -> {
            assertThat(failed.retryable()).isFalse();
            assertThat(failed.reason()).contains("Session has expired").doesNotContain(TOKEN);
        });
    }

    @Test
    void aServerErrorIsRetried() {
        wireMock.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(500)
                .withBody("{\"error\":{\"message\":\"An unknown error occurred\",\"code\":1}}")));

        assertThat(whatsApp.send(MESSAGE)).isEqualTo(new WhatsAppResult.Failed(
                "HTTP 500: An unknown error occurred (kode 1)", true));
    }

    @Test
    void anUnavailableServiceWithoutABodyIsRetried() {
        wireMock.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(503).withBody("<html>")));

        assertThat(whatsApp.send(MESSAGE)).isEqualTo(new WhatsAppResult.Failed("HTTP 503", true));
    }

    @Test
    void tooManyRequestsIsRetried() {
        wireMock.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(429)
                .withBody("{\"error\":{\"message\":\"(#130429) Rate limit hit\",\"code\":130429}}")));

        WhatsAppResult result = whatsApp.send(MESSAGE);

        assertThat(result).isInstanceOfSatisfying(WhatsAppResult.Failed.class,
                failed -> assertThat(failed.retryable()).isTrue());
    }

    @Test
    void noAnswerWithinTheReadTimeoutIsUncertainSinceTheMessageMayHaveGoneOut() {
        wireMock.stubFor(post(urlPathEqualTo(PATH)).willReturn(okJson(DELIVERED).withFixedDelay(3000)));
        CloudApiWhatsApp impatient = new CloudApiWhatsApp(settings(URI.create(wireMock.baseUrl() + "/v21.0"),
                Duration.ofMillis(500)));

        WhatsAppResult result = impatient.send(MESSAGE);

        assertThat(result).isInstanceOfSatisfying(WhatsAppResult.Uncertain.class,
                uncertain -> assertThat(uncertain.reason()).contains("500 ms"));
    }

    @Test
    void aRefusedConnectionIsRetriedSinceNothingWasSent() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        CloudApiWhatsApp nobodyThere = new CloudApiWhatsApp(settings(URI.create("http://127.0.0.1:" + closedPort
                + "/v21.0")));

        WhatsAppResult result = nobodyThere.send(MESSAGE);

        assertThat(result).isInstanceOfSatisfying(WhatsAppResult.Failed.class,
                failed -> assertThat(failed.retryable()).isTrue());
    }

    @Test
    void theTokenIsNeverInTheSettingsText() {
        assertThat(settings(URI.create("http://localhost")).toString()).doesNotContain(TOKEN).contains("(set)");
    }
}
