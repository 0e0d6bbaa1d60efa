package id.giliran.bpjs.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.time.Duration;

/**
 * The PCare connection ({@code giliran.bpjs.*}, each with a {@code GILIRAN_BPJS_*} environment override in
 * application.yml). With the sandbox enabled the client talks to the embedded PCare sandbox with the
 * sandbox's own demo credentials and the values below (but the timeouts) are not used.
 *
 * @param baseUrl        PCare REST, production {@code https://apijkn.bpjs-kesehatan.go.id/pcare-rest}
 * @param consumerId     X-cons-id
 * @param consumerSecret never logged, never in an event
 * @param userKey        never logged, never in an event
 * @param username       the Puskesmas' PCare user
 * @param password       never logged, never in an event
 * @param appCode        kdAplikasi, 095 for PCare
 * @param providerCode   the Puskesmas' own provider (FKTP) code at BPJS
 * @param sandbox        the embedded PCare sandbox
 */
@ConfigurationProperties("giliran.bpjs")
public record BpjsProperties(
        @DefaultValue("https://apijkn.bpjs-kesehatan.go.id/pcare-rest") URI baseUrl,
        @DefaultValue("") String consumerId,
        @DefaultValue("") String consumerSecret,
        @DefaultValue("") String userKey,
        @DefaultValue("") String username,
        @DefaultValue("") String password,
        @DefaultValue("095") String appCode,
        @DefaultValue("") String providerCode,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("20s") Duration readTimeout,
        @DefaultValue Sandbox sandbox) {

    /** @param enabled run a PCare sandbox inside the app and point the client at it */
    public record Sandbox(@DefaultValue("false") boolean enabled) {
    }

    /** Everything but the secrets. */
    @Override
    public String toString() {
        return "BpjsProperties[baseUrl=" + baseUrl + ", consumerId=" + consumerId + ", consumerSecret="
                + set(consumerSecret) + ", userKey=" + set(userKey) + ", username=" + username + ", password="
                + set(password) + ", appCode=" + appCode + ", providerCode=" + providerCode + ", connectTimeout="
                + connectTimeout + ", readTimeout=" + readTimeout + ", sandbox=" + sandbox.enabled() + "]";
    }

    private static String set(String secret) {
        return secret == null || secret.isBlank() ? "(none)" : "(set)";
    }
}
