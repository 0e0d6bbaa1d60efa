package id.giliran.bpjs.config;

import java.util.Optional;

/**
 * Where the PCare connection settings an admin saved ("Pengaturan BPJS") are kept, secrets encrypted at
 * rest. Not in events: an event store keeps everything forever and replays it everywhere.
 */
public interface PcareSettingsStore {

    /**
     * The saved settings, secrets decrypted; empty when none were saved.
     *
     * @throws UnreadableSettingsException when saved settings cannot be decrypted (another secrets key)
     */
    Optional<StoredPcareSettings> load();

    /**
     * Replaces the saved settings.
     *
     * @throws MissingSecretsKeyException when no secrets key is configured
     */
    void save(StoredPcareSettings settings);

    /** Saved settings exist but cannot be read with the configured key. */
    class UnreadableSettingsException extends RuntimeException {
        public UnreadableSettingsException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Secrets cannot be encrypted: no key configured. */
    class MissingSecretsKeyException extends RuntimeException {
        public MissingSecretsKeyException(String message) {
            super(message);
        }
    }
}
