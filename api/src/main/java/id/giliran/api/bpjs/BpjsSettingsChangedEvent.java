package id.giliran.api.bpjs;

import java.time.Instant;
import java.util.List;

/**
 * An admin saved the PCare connection settings ("Pengaturan BPJS"). Only which settings changed, never their
 * values: the secrets live encrypted in the settings store and nowhere else.
 *
 * @param changedFields names of the settings that changed, e.g. {@code consumerId}, {@code password}
 */
public record BpjsSettingsChangedEvent(String changedBy, List<String> changedFields, Instant at) {

    public BpjsSettingsChangedEvent {
        changedFields = List.copyOf(changedFields);
    }
}
