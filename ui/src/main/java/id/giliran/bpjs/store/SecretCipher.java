package id.giliran.bpjs.store;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * AES-256-GCM for secrets at rest: a fresh 12-byte IV per value, a 128-bit tag, and the name of the setting
 * as associated data, so a cipher text copied to another setting does not decrypt. Stored as
 * {@code v1:} + Base64(IV || cipher text || tag).
 */
final class SecretCipher {

    static final int KEY_BYTES = id.giliran.privacy.SecretsKeyFile.KEY_BYTES;
    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    SecretCipher(byte[] key) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException("the secrets key must be 256 bits (32 bytes, Base64 of 44 characters)");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    String encrypt(String plainText, String setting) {
        Objects.requireNonNull(plainText, "plainText");
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(setting.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plainText.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
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
        if (all.length <= IV_BYTES) {
            throw new IllegalArgumentException("not an encrypted value of " + setting);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            cipher.updateAAD(setting.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new IllegalArgumentException(setting + " was encrypted with another secrets key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }
}
