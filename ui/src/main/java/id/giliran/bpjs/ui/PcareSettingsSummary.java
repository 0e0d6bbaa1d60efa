package id.giliran.bpjs.ui;

import java.time.Instant;

/**
 * What "Pengaturan BPJS" shows of the current settings: never a secret, only whether each one is set.
 *
 * @param source       {@code SANDBOX}, {@code SAVED} or {@code PROPERTIES}: where the next call's settings come from
 * @param savedBy      who saved the settings last, when saved
 * @param unreadable   saved settings exist but cannot be decrypted with the configured key
 */
public record PcareSettingsSummary(PcareSettingsForm form, boolean secretSet, boolean userKeySet,
                                   boolean passwordSet, String source, boolean saved, String savedBy,
                                   Instant savedAt, boolean unreadable) {
}
