package id.giliran.bpjs.config;

import id.giliran.bpjs.pcare.PcareSettings;
import id.giliran.bpjs.sandbox.PcareSandbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The settings the PCare client uses for its next call, asked before every call: the in-app sandbox when it
 * runs (its own address and demo credentials); else the settings an admin saved; else {@code giliran.bpjs.*}.
 * Saved settings that cannot be read (another secrets key) or whose base URL is not https (saved before https
 * was required) fall back to the properties, with an error in the log.
 */
public class EffectivePcareSettings implements Supplier<PcareSettings> {

    private static final Logger LOG = LoggerFactory.getLogger(EffectivePcareSettings.class);

    /** Where the settings of the next call come from. */
    public enum Source { SANDBOX, SAVED, PROPERTIES }

    private final BpjsProperties properties;
    private final PcareSandbox sandbox;
    private final PcareSettingsStore store;
    private volatile String lastProblem;

    public EffectivePcareSettings(BpjsProperties properties, PcareSandbox sandbox, PcareSettingsStore store) {
        this.properties = properties;
        this.sandbox = sandbox;
        this.store = store;
    }

    @Override
    public PcareSettings get() {
        if (sandbox != null) {
            return BpjsConfiguration.settings(properties, sandbox);
        }
        return saved().map(StoredPcareSettings::toClientSettings)
                      .orElseGet(() -> BpjsConfiguration.settings(properties, null));
    }

    public Source source() {
        if (sandbox != null) {
            return Source.SANDBOX;
        }
        return saved().isPresent() ? Source.SAVED : Source.PROPERTIES;
    }

    private Optional<StoredPcareSettings> saved() {
        try {
            Optional<StoredPcareSettings> saved = store.load();
            if (saved.isPresent() && !PcareBaseUrls.secure(saved.get().baseUrl())) {
                // saved before https was required: not used, so the secrets do not travel in clear
                throw new IllegalStateException("the saved PCare base URL is not https: " + saved.get().baseUrl());
            }
            lastProblem = null;
            return saved;
        } catch (RuntimeException unreadable) {
            String problem = unreadable.getMessage();
            if (!problem.equals(lastProblem)) {
                LOG.error("Saved PCare settings cannot be used, falling back to giliran.bpjs.*: {}", problem);
                lastProblem = problem;
            }
            return Optional.empty();
        }
    }
}
