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

    @Test
    void onlyHttpsOrThisMachineIsAPcareBaseUrl() {
        assertThat(PcareBaseUrls.secure(URI.create("https://apijkn.bpjs-kesehatan.go.id/pcare-rest"))).isTrue();
        assertThat(PcareBaseUrls.secure(URI.create("http://localhost:8089/pcare-rest"))).isTrue();
        assertThat(PcareBaseUrls.secure(URI.create("http://127.0.0.1:8089/pcare-rest"))).isTrue();
        assertThat(PcareBaseUrls.secure(URI.create("http://[::1]:8089/pcare-rest"))).isTrue();
        assertThat(PcareBaseUrls.secure(URI.create("http://apijkn.bpjs-kesehatan.go.id/pcare-rest"))).isFalse();
        assertThat(PcareBaseUrls.secure(URI.create("http://127.0.0.2/pcare-rest"))).isFalse();
        assertThat(PcareBaseUrls.secure(URI.create("ftp://apijkn.bpjs-kesehatan.go.id/pcare-rest"))).isFalse();
        assertThat(PcareBaseUrls.sameHost(URI.create("https://APIJKN.bpjs-kesehatan.go.id/a"),
                URI.create("https://apijkn.bpjs-kesehatan.go.id:443/b"))).isTrue();
        assertThat(PcareBaseUrls.sameHost(URI.create("https://apijkn.bpjs-kesehatan.go.id/a"),
                URI.create("https://apijkn.bpjs-kesehatan.go.id.example.net/a"))).isFalse();
    }

    @Test
    void theStartIsRefusedWhenThePropertiesPointAtPlainHttpWithoutTheSandbox() {
        BpjsProperties plain = new BpjsProperties(URI.create("http://apijkn.bpjs-kesehatan.go.id/pcare-rest"), "1",
                "", "", "", "", "095", "", Duration.ofSeconds(3), Duration.ofSeconds(15),
                new BpjsProperties.Sandbox(false));
        org.springframework.beans.factory.support.StaticListableBeanFactory none =
                new org.springframework.beans.factory.support.StaticListableBeanFactory();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new BpjsConfiguration().effectivePcareSettings(
                        plain, none.getBeanProvider(PcareSandbox.class), new EffectivePcareSettingsTest.MemoryStore()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GILIRAN_BPJS_BASE_URL");
    }
}

