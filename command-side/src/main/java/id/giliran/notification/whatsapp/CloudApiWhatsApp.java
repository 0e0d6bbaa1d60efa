package id.giliran.notification.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;

/**
 * The WhatsApp Cloud API: one template message per send, {@code POST {base}/{phone-number-id}/messages}
 * with the access token as Bearer. How an answer is read:
 * <ul>
 *     <li>2xx with {@code messages[0].id}: delivered (to WhatsApp);</li>
 *     <li>429 and 5xx, connection refused, connect timeout: failed, worth retrying (nothing was taken);</li>
 *     <li>any other 4xx (bad number, template, expired token) and 2xx without an id: failed, retrying cannot help;</li>
 *     <li>read timeout or a connection lost after sending: unknown, since the message may have gone out.</li>
 * </ul>
 */
public class CloudApiWhatsApp implements WhatsAppPort {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WhatsAppSettings settings;
    private final HttpClient http;

    public CloudApiWhatsApp(WhatsAppSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder()
                              .version(HttpClient.Version.HTTP_1_1)
                              .connectTimeout(settings.connectTimeout())
                              .build();
    }

    @Override
    public WhatsAppResult send(WhatsAppMessage message) {
        HttpRequest request = HttpRequest.newBuilder(settings.messagesUri())
                                         .timeout(settings.readTimeout())
                                         .header("Authorization", "Bearer " + settings.accessToken())
                                         .header("Content-Type", "application/json")
                                         .header("Accept", "application/json")
                                         .POST(HttpRequest.BodyPublishers.ofString(body(message)))
                                         .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpConnectTimeoutException e) {
            return new WhatsAppResult.Failed("WhatsApp tidak terjangkau (batas waktu sambungan habis)", true);
        } catch (HttpTimeoutException e) {
            Duration waited = settings.readTimeout();
            return new WhatsAppResult.Uncertain("Tidak ada jawaban WhatsApp dalam "
                    + (waited.toMillis() % 1000 == 0 ? waited.toSeconds() + " detik" : waited.toMillis() + " ms")
                    + "; pesan mungkin sudah terkirim, tidak dikirim ulang");
        } catch (IOException e) {
            if (notConnected(e)) {
                return new WhatsAppResult.Failed("WhatsApp tidak terjangkau (" + e.getClass().getSimpleName() + ")",
                        true);
            }
            return new WhatsAppResult.Uncertain("Sambungan ke WhatsApp terputus (" + e.getClass().getSimpleName()
                    + "); pesan mungkin sudah terkirim, tidak dikirim ulang");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new WhatsAppResult.Uncertain("Pengiriman dihentikan; pesan mungkin sudah terkirim, tidak dikirim ulang");
        }
        return read(response.statusCode(), response.body());
    }

    /** A failure before anything was sent: refused, unresolved, unreachable. */
    private static boolean notConnected(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof UnresolvedAddressException) {
                return true;
            }
        }
        return false;
    }

    static WhatsAppResult read(int status, String body) {
        JsonNode json = parse(body);
        if (status >= 200 && status < 300) {
            String id = json.path("messages").path(0).path("id").asText("");
            return id.isBlank()
                    ? new WhatsAppResult.Failed("Jawaban WhatsApp tanpa id pesan (HTTP " + status + ")", false)
                    : new WhatsAppResult.Delivered(id);
        }
        boolean retryable = status == 429 || status >= 500;
        JsonNode error = json.path("error");
        String reason = "HTTP " + status;
        if (error.hasNonNull("message")) {
            reason += ": " + error.get("message").asText();
        }
        if (error.hasNonNull("code")) {
            reason += " (kode " + error.get("code").asText() + ")";
        }
        return new WhatsAppResult.Failed(reason, retryable);
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    /** The Cloud API template message; "to" is the number in digits, without the plus. */
    String body(WhatsAppMessage message) {
        ObjectNode root = JSON.createObjectNode();
        root.put("messaging_product", "whatsapp");
        root.put("recipient_type", "individual");
        root.put("to", message.to().replaceAll("\\D", ""));
        root.put("type", "template");
        ObjectNode template = root.putObject("template");
        template.put("name", settings.template());
        template.putObject("language").put("code", settings.language());
        ObjectNode bodyComponent = template.putArray("components").addObject();
        bodyComponent.put("type", "body");
        ArrayNode parameters = bodyComponent.putArray("parameters");
        parameters.addObject().put("type", "text").put("text", message.ticketNumber());
        parameters.addObject().put("type", "text").put("text", String.valueOf(message.ahead()));
        parameters.addObject().put("type", "text").put("text", message.clinicName());
        try {
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a WhatsApp message", e);
        }
    }
}
