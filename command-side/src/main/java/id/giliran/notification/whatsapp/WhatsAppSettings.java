package id.giliran.notification.whatsapp;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.time.Duration;

/**
 * The WhatsApp Cloud API connection ({@code giliran.whatsapp.*}, each with an environment override
 * in application.yml).
 *
 * @param enabled          off by default: then every due notification is recorded as not sent, with the reason
 * @param baseUrl          the Graph API with its version
 * @param phoneNumberId    the sending business number's id
 * @param accessToken      env GILIRAN_WHATSAPP_TOKEN; never logged, never in an event
 * @param template         the approved message template; its body has {{1}} number, {{2}} tickets ahead, {{3}} clinic
 * @param language         the template's language code
 * @param readTimeout      no answer within this: the outcome is unknown and the message is not sent again
 * @param pollInterval     how often due notifications are looked for
 * @param firstRetryDelay  the wait after the first failed attempt; it doubles after each further one
 */
@ConfigurationProperties("giliran.whatsapp")
public record WhatsAppSettings(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("https://graph.facebook.com/v21.0") URI baseUrl,
        String phoneNumberId,
        String accessToken,
        @DefaultValue("giliran_antrean_dekat") String template,
        @DefaultValue("id") String language,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("30s") Duration firstRetryDelay) {

    /** The messages endpoint of the sending number. */
    URI messagesUri() {
        String base = baseUrl.toString().replaceAll("/+$", "");
        return URI.create(base + "/" + phoneNumberId + "/messages");
    }

    /** Everything but the token. */
    @Override
    public String toString() {
        return "WhatsAppSettings[enabled=" + enabled + ", baseUrl=" + baseUrl + ", phoneNumberId=" + phoneNumberId
                + ", accessToken=" + (accessToken == null || accessToken.isBlank() ? "(none)" : "(set)")
                + ", template=" + template + ", language=" + language + ", connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout + ", pollInterval=" + pollInterval + ", firstRetryDelay="
                + firstRetryDelay + "]";
    }
}
