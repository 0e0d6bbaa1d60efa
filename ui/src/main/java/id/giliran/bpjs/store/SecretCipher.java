package id.giliran.bpjs.store;

import id.giliran.privacy.AesGcm;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * AES-256-GCM ({@link AesGcm}) for secrets at rest, the name of the setting as associated data, so a cipher
 * text copied to another setting does not decrypt. Stored as {@code v1:} + Base64(IV || cipher text || tag).
 */
final class SecretCipher {

    static final int KEY_BYTES = id.giliran.privacy.SecretsKeyFile.KEY_BYTES;
    private static final String PREFIX = "v1:";

    private final SecretKey key;

    SecretCipher(byte[] key) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException("the secrets key must be 256 bits (32 bytes, Base64 of 44 characters)");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    String encrypt(String plainText, String setting) {
        Objects.requireNonNull(plainText, "plainText");
        return PREFIX + Base64.getEncoder().encodeToString(AesGcm.seal(key, setting.getBytes(StandardCharsets.UTF_8),
                plainText.getBytes(StandardCharsets.UTF_8)));
    }

    /** @throws IllegalArgumentException when the value was not encrypted with this key for this setting */
    String decrypt(String stored, String setting) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not an encrypted value of " + setting);
        }
        byte[] all;
        try {
            all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an encrypted value of " + setting, e);
        }
        try {
            return new String(AesGcm.open(key, setting.getBytes(StandardCharsets.UTF_8), all, 0),
                    StandardCharsets.UTF_8);
        } catch (AesGcm.NotOpenedException e) {
            throw new IllegalArgumentException(setting + " was encrypted with another secrets key", e);
        }
    }
}
