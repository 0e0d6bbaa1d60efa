package id.giliran.bpjs.config;

import id.giliran.bpjs.pcare.PcareClient;
import id.giliran.bpjs.pcare.PcareException;
import id.giliran.bpjs.pcare.PcareFailure;
import id.giliran.bpjs.sandbox.PcareSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which settings the client's next call uses: the sandbox when it runs, else what an admin saved, else
 * {@code giliran.bpjs.*}; a saved change applies at the next call without a restart.
 */
class EffectivePcareSettingsTest {

    private static PcareSandbox remotePcare;

    @BeforeAll
    static void start() {
        remotePcare = PcareSandbox.start();
    }

    @AfterAll
    static void stop() {
        remotePcare.close();
    }

    /** A store in memory, as the Mongo store behaves for these rules (its own test covers the encryption). */
    static final class MemoryStore implements PcareSettingsStore {
        final AtomicReference<StoredPcareSettings> saved = new AtomicReference<>();

        @Override
        public Optional<StoredPcareSettings> load() {
            return Optional.ofNullable(saved.get());
        }

        @Override
        public void save(StoredPcareSettings settings) {
            saved.set(settings);
        }
    }

    /** Properties pointing at the remote PCare with a wrong secret. */
    private static BpjsProperties properties() {
        var credentials = remotePcare.credentials();
        return new BpjsProperties(remotePcare.baseUrl(), credentials.consumerId(), "wrong-secret",
                credentials.userKey(), credentials.username(), credentials.password(), "095", "", Duration.ofSeconds(2),
                Duration.ofSeconds(5), new BpjsProperties.Sandbox(false));
    }

    private static StoredPcareSettings savedFromTheAdmin() {
        var credentials = remotePcare.credentials();
        return new StoredPcareSettings(credentials.consumerId(), credentials.consumerSecret(), credentials.userKey(),
                credentials.username(), credentials.password(), "095", "", remotePcare.baseUrl(),
                Duration.ofSeconds(2), Duration.ofSeconds(5), "admin@giliran.id", Instant.now());
    }

    @Test
    void theClientUsesSavedSettingsFromItsNextCallOn() {
        MemoryStore store = new MemoryStore();
        EffectivePcareSettings settings = new EffectivePcareSettings(properties(), null, store);
        PcareClient client = new PcareClient(settings, Clock.systemUTC(), null);

        assertThat(settings.source()).isEqualTo(EffectivePcareSettings.Source.PROPERTIES);
        assertThatThrownBy(() -> client.findParticipantByCardNumber(PcareSandbox.ACTIVE_CARD))
                .isInstanceOfSatisfying(PcareException.class,
                        e -> assertThat(e.failure()).isEqualTo(PcareFailure.UNAUTHORIZED));

        store.save(savedFromTheAdmin());

        assertThat(settings.source()).isEqualTo(EffectivePcareSettings.Source.SAVED);
        assertThat(client.findParticipantByCardNumber(PcareSandbox.ACTIVE_CARD)).isPresent();
    }

    @Test
    void theSandboxWinsOverSavedSettings() {
        MemoryStore store = new MemoryStore();
        StoredPcareSettings saved = new StoredPcareSettings("99999", "s", "k", "u", "p", "095", "",
                URI.create("https://apijkn.bpjs-kesehatan.go.id/pcare-rest"), Duration.ofSeconds(2),
                Duration.ofSeconds(5), "admin@giliran.id", Instant.now());
        store.save(saved);
        try (PcareSandbox sandbox = PcareSandbox.start()) {
            EffectivePcareSettings settings = new EffectivePcareSettings(properties(), sandbox, store);

            assertThat(settings.source()).isEqualTo(EffectivePcareSettings.Source.SANDBOX);
            assertThat(settings.get().baseUrl()).isEqualTo(sandbox.baseUrl());
            assertThat(settings.get().consumerId()).isEqualTo(sandbox.credentials().consumerId());
        }
    }

    @Test
    void unreadableSavedSettingsFallBackToTheProperties() {
        PcareSettingsStore broken = new PcareSettingsStore() {
            @Override
            public Optional<StoredPcareSettings> load() {
                throw new UnreadableSettingsException("another key", null);
            }

            @Override
            public void save(StoredPcareSettings settings) {
            }
        };
        EffectivePcareSettings settings = new EffectivePcareSettings(properties(), null, broken);

        assertThat(settings.get().consumerSecret()).isEqualTo("wrong-secret");
        assertThat(settings.source()).isEqualTo(EffectivePcareSettings.Source.PROPERTIES);
    }

    @Test
    void savedSettingsWithAPlainHttpBaseUrlAreNotUsed() {
        MemoryStore store = new MemoryStore();
        store.save(new StoredPcareSettings("99999", "s", "k", "u", "p", "095", "",
                URI.create("http://pcare.example.net/pcare-rest"), Duration.ofSeconds(1), Duration.ofSeconds(1),
                "admin", Instant.parse("2026-11-30T01:00:00Z")));
        EffectivePcareSettings settings = new EffectivePcareSettings(properties(), null, store);

        assertThat(settings.get().baseUrl()).isEqualTo(remotePcare.baseUrl());
        assertThat(settings.source()).isEqualTo(EffectivePcareSettings.Source.PROPERTIES);
    }
}
