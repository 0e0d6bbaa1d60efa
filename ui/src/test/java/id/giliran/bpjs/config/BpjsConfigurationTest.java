package id.giliran.bpjs.config;

import id.giliran.bpjs.pcare.PcareSettings;
import id.giliran.bpjs.sandbox.PcareSandbox;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Settings from {@code giliran.bpjs.*}: the real PCare, or the embedded sandbox; secrets never shown. */
class BpjsConfigurationTest {

    private static BpjsProperties production() {
        return new BpjsProperties(URI.create("https://apijkn.bpjs-kesehatan.go.id/pcare-rest/"), "12345",
                "s3cr3t-value", "user-key-value", "pkm.user", "pa55-value", "095", "0114U001", Duration.ofSeconds(3),
                Duration.ofSeconds(15), new BpjsProperties.Sandbox(false));
    }

    @Test
    void productionTalksToTheConfiguredPcare() {
        PcareSettings settings = BpjsConfiguration.settings(production(), null);

        assertThat(settings.baseUrl()).isEqualTo(URI.create("https://apijkn.bpjs-kesehatan.go.id/pcare-rest"));
        assertThat(settings.consumerId()).isEqualTo("12345");
        assertThat(settings.consumerSecret()).isEqualTo("s3cr3t-value");
        assertThat(settings.applicationCode()).isEqualTo("095");
        assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void theSandboxBringsItsOwnAddressAndCredentials() {
        try (PcareSandbox sandbox = PcareSandbox.start()) {
            PcareSettings settings = BpjsConfiguration.settings(production(), sandbox);

            assertThat(settings.baseUrl()).isEqualTo(sandbox.baseUrl());
            assertThat(settings.consumerId()).isEqualTo(sandbox.credentials().consumerId());
            assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
        }
    }

    @Test
    void secretsNeverShowInTheSettingsText() {
        String shown = production().toString() + BpjsConfiguration.settings(production(), null);

        assertThat(shown).contains("12345", "pkm.user").doesNotContain("s3cr3t-value", "user-key-value", "pa55-value");
    }
}
