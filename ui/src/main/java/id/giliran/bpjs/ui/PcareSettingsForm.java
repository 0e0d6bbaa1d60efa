package id.giliran.bpjs.ui;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an admin fills in on "Pengaturan BPJS". The three secrets come in only when typed: blank keeps the
 * saved one; they are never filled in from what is stored.
 */
public class PcareSettingsForm {

    @NotBlank(message = "{bpjs-settings.consumer-id.invalid}")
    @Pattern(regexp = "[0-9]{1,20}", message = "{bpjs-settings.consumer-id.invalid}")
    private String consumerId = "";

    @Size(max = 200, message = "{bpjs-settings.secret.too-long}")
    private String consumerSecret = "";

    @Size(max = 200, message = "{bpjs-settings.secret.too-long}")
    private String userKey = "";

    @NotBlank(message = "{bpjs-settings.username.required}")
    @Size(max = 100, message = "{bpjs-settings.username.required}")
    private String username = "";

    @Size(max = 200, message = "{bpjs-settings.secret.too-long}")
    private String password = "";

    @NotBlank(message = "{bpjs-settings.app-code.invalid}")
    @Pattern(regexp = "[0-9]{1,5}", message = "{bpjs-settings.app-code.invalid}")
    private String appCode = "095";

    @Pattern(regexp = "|[A-Za-z0-9]{1,20}", message = "{bpjs-settings.provider-code.invalid}")
    private String providerCode = "";

    @NotBlank(message = "{bpjs-settings.base-url.invalid}")
    @Pattern(regexp = "https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~/-]*)?",
            message = "{bpjs-settings.base-url.invalid}")
    private String baseUrl = "";

    @NotNull(message = "{bpjs-settings.connect-timeout.invalid}")
    @Min(value = 1, message = "{bpjs-settings.connect-timeout.invalid}")
    @Max(value = 60, message = "{bpjs-settings.connect-timeout.invalid}")
    private Integer connectTimeoutSeconds = 5;

    @NotNull(message = "{bpjs-settings.read-timeout.invalid}")
    @Min(value = 1, message = "{bpjs-settings.read-timeout.invalid}")
    @Max(value = 300, message = "{bpjs-settings.read-timeout.invalid}")
    private Integer readTimeoutSeconds = 20;

    public String getConsumerId() {
        return consumerId;
    }

    public void setConsumerId(String consumerId) {
        this.consumerId = strip(consumerId);
    }

    public String getConsumerSecret() {
        return consumerSecret;
    }

    public void setConsumerSecret(String consumerSecret) {
        this.consumerSecret = consumerSecret == null ? "" : consumerSecret;
    }

    public String getUserKey() {
        return userKey;
    }

    public void setUserKey(String userKey) {
        this.userKey = userKey == null ? "" : userKey;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = strip(username);
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password == null ? "" : password;
    }

    public String getAppCode() {
        return appCode;
    }

    public void setAppCode(String appCode) {
        this.appCode = strip(appCode);
    }

    public String getProviderCode() {
        return providerCode;
    }

    public void setProviderCode(String providerCode) {
        this.providerCode = strip(providerCode);
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = strip(baseUrl);
    }

    public Integer getConnectTimeoutSeconds() {
        return connectTimeoutSeconds;
    }

    public void setConnectTimeoutSeconds(Integer connectTimeoutSeconds) {
        this.connectTimeoutSeconds = connectTimeoutSeconds;
    }

    public Integer getReadTimeoutSeconds() {
        return readTimeoutSeconds;
    }

    public void setReadTimeoutSeconds(Integer readTimeoutSeconds) {
        this.readTimeoutSeconds = readTimeoutSeconds;
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    /** Never the secrets. */
    @Override
    public String toString() {
        return "PcareSettingsForm[consumerId=" + consumerId + ", username=" + username + ", baseUrl=" + baseUrl + "]";
    }
}
