package id.giliran.bpjs.pcare;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach and authenticate with PCare. {@link #toString()} never shows the secret, the
 * password or the user key.
 *
 * @param consumerId     "X-cons-id"
 * @param consumerSecret key of the HMAC signature and part of the response key
 * @param userKey        "user_key" of the PCare service
 * @param username       PCare user of the facility
 * @param applicationCode kdAplikasi in the authorization header, "095" for PCare
 * @param baseUrl        e.g. {@code https://apijkn.bpjs-kesehatan.go.id/pcare-rest}, no trailing slash needed
 */
public record PcareSettings(
        String consumerId,
        String consumerSecret,
        String userKey,
        String username,
        String password,
        String applicationCode,
        URI baseUrl,
        Duration connectTimeout,
        Duration readTimeout) {

    public static final String PCARE_APPLICATION_CODE = "095";
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(20);

    public PcareSettings {
        Objects.requireNonNull(consumerId, "consumerId");
        Objects.requireNonNull(consumerSecret, "consumerSecret");
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(baseUrl, "baseUrl");
        applicationCode = applicationCode == null || applicationCode.isBlank() ? PCARE_APPLICATION_CODE : applicationCode;
        connectTimeout = connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout;
        readTimeout = readTimeout == null ? DEFAULT_READ_TIMEOUT : readTimeout;
        String url = baseUrl.toString();
        if (url.endsWith("/")) {
            baseUrl = URI.create(url.substring(0, url.length() - 1));
        }
    }

    /** Settings with kdAplikasi "095" and the default timeouts. */
    public static PcareSettings of(String consumerId, String consumerSecret, String userKey,
                                   String username, String password, URI baseUrl) {
        return new PcareSettings(consumerId, consumerSecret, userKey, username, password, null, baseUrl, null, null);
    }

    public PcareSettings withTimeouts(Duration connect, Duration read) {
        return new PcareSettings(consumerId, consumerSecret, userKey, username, password, applicationCode, baseUrl,
                connect, read);
    }

    public PcareSettings withBaseUrl(URI url) {
        return new PcareSettings(consumerId, consumerSecret, userKey, username, password, applicationCode, url,
                connectTimeout, readTimeout);
    }

    @Override
    public String toString() {
        return "PcareSettings[consumerId=" + consumerId
                + ", consumerSecret=***, userKey=***, username=" + username
                + ", password=***, applicationCode=" + applicationCode
                + ", baseUrl=" + baseUrl
                + ", connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout + "]";
    }
}
