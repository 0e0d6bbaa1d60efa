package id.giliran.bpjs.config;

import id.giliran.bpjs.pcare.PcareSettings;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * The PCare settings an admin saved, in memory with the secrets in clear: never logged ({@link #toString()}
 * hides them), never put into an event. At rest the store encrypts the secret, the user key and the password.
 *
 * @param providerCode the Puskesmas' own FKTP code (kdPPK); may be blank
 * @param updatedBy    who saved them
 */
public record StoredPcareSettings(String consumerId, String consumerSecret, String userKey, String username,
                                  String password, String appCode, String providerCode, URI baseUrl,
                                  Duration connectTimeout, Duration readTimeout, String updatedBy, Instant updatedAt) {

    public PcareSettings toClientSettings() {
        return new PcareSettings(consumerId, consumerSecret, userKey, username, password, appCode, baseUrl,
                connectTimeout, readTimeout);
    }

    @Override
    public String toString() {
        return "StoredPcareSettings[consumerId=" + consumerId + ", consumerSecret=***, userKey=***, username="
                + username + ", password=***, appCode=" + appCode + ", providerCode=" + providerCode + ", baseUrl="
                + baseUrl + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", updatedBy="
                + updatedBy + ", updatedAt=" + updatedAt + "]";
    }
}
