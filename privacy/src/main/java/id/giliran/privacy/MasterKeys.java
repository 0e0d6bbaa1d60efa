package id.giliran.privacy;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The master key that wraps every personal-data key (AES-256-GCM, the wrapped key's id as associated data),
 * and the previous master keys still accepted while a rotation re-wraps what they wrapped. Each master key is
 * known by its id, the first 8 bytes of HMAC-SHA256(key, "giliran-master-key-id") in hex: the id is stored
 * beside each wrapped key, the key itself never.
 */
public final class MasterKeys {

    private final SecretKey current;
    private final String currentId;
    private final Map<String, SecretKey> all = new LinkedHashMap<>();

    public MasterKeys(byte[] current, List<byte[]> previous) {
        this.current = aes(current);
        this.currentId = idOf(current);
        all.put(currentId, this.current);
        for (byte[] key : previous) {
            all.putIfAbsent(idOf(key), aes(key));
        }
    }

    public String currentId() {
        return currentId;
    }

    public boolean knows(String masterKeyId) {
        return all.containsKey(masterKeyId);
    }

    /** {@code wrapped} sealed with the current master key, bound to {@code keyId}. */
    public byte[] wrap(byte[] plain, String keyId) {
        return AesGcm.seal(current, keyId.getBytes(StandardCharsets.UTF_8), plain);
    }

    /** @throws WrongMasterKeyException when the master key {@code masterKeyId} is not configured or does not open it */
    public byte[] unwrap(byte[] wrapped, String keyId, String masterKeyId) {
        SecretKey key = Optional.ofNullable(all.get(masterKeyId)).orElseThrow(() -> new WrongMasterKeyException(
                "personal-data key " + keyId + " is wrapped by master key " + masterKeyId
                        + ", which is neither GILIRAN_SECRETS_KEY nor one of GILIRAN_SECRETS_PREVIOUS_KEYS"));
        try {
            return AesGcm.open(key, keyId.getBytes(StandardCharsets.UTF_8), wrapped, 0);
        } catch (AesGcm.NotOpenedException e) {
            throw new WrongMasterKeyException("master key " + masterKeyId + " does not open personal-data key " + keyId);
        }
    }

    /**
     * A 256-bit key for one purpose, derived from the current master key: HMAC-SHA256(master key, purpose). Every
     * instance holding the same master key derives the same key; knowing it tells nothing about the master key
     * nor about a key derived for another purpose.
     */
    public byte[] derive(String purpose) {
        return hmac(current.getEncoded(), purpose);
    }

    /** {@link #derive} from the current master key first, then from each previous one still accepted. */
    public List<byte[]> deriveAll(String purpose) {
        return all.values().stream().map(key -> hmac(key.getEncoded(), purpose)).toList();
    }

    static String idOf(byte[] key) {
        return HexFormat.of().formatHex(hmac(key, "giliran-master-key-id"), 0, 8);
    }

    private static byte[] hmac(byte[] key, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a derived key needs a purpose");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static SecretKey aes(byte[] key) {
        if (key == null || key.length != SecretsKeyFile.KEY_BYTES) {
            throw new IllegalArgumentException("a master key is 256 bits (32 bytes, Base64 of 44 characters)");
        }
        return new SecretKeySpec(key.clone(), "AES");
    }

    /** The configured master keys cannot open the stored personal-data keys: the application must not start. */
    public static final class WrongMasterKeyException extends IllegalStateException {
        public WrongMasterKeyException(String message) {
            super(message);
        }
    }

    /** Neither a master key nor a key file is configured: the application must not start. */
    public static final class MissingMasterKeyException extends IllegalStateException {
        public MissingMasterKeyException(String message) {
            super(message);
        }
    }

    /** A configured master key is not Base64 of 32 bytes. */
    public static final class InvalidMasterKeyException extends IllegalArgumentException {
        public InvalidMasterKeyException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
