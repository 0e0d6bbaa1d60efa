package id.giliran.privacy;

import id.giliran.api.privacy.SubjectRef;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * Seals personal data with its subject's key (AES-256-GCM, fresh 12-byte IV, the key id as associated data)
 * and opens it again while the key lives. Text values are {@code gpd1:<key id>:<Base64(IV || cipher text ||
 * tag)>}; files (scans, photos) are the bytes {@code GPD1}, the key id, IV, cipher text and tag. A value
 * whose key was destroyed opens as empty: erased.
 */
public class PersonalDataCipher {

    public static final String PREFIX = "gpd1:";
    private static final byte[] FILE_MAGIC = "GPD1".getBytes(StandardCharsets.US_ASCII);
    private static final int KEY_ID_BYTES = 36;

    private final PersonalDataKeys keys;

    public PersonalDataCipher(PersonalDataKeys keys) {
        this.keys = keys;
    }

    public PersonalDataKeys keys() {
        return keys;
    }

    public static boolean isSealed(String value) {
        return value != null && value.startsWith(PREFIX);
    }

    public static boolean isSealed(byte[] file) {
        return file != null && file.length > FILE_MAGIC.length + KEY_ID_BYTES
                && Arrays.equals(file, 0, FILE_MAGIC.length, FILE_MAGIC, 0, FILE_MAGIC.length);
    }

    /** The text sealed with the subject's key. */
    public String seal(SubjectRef subject, String plain) {
        PersonalDataKeys.Live key = keys.keyFor(subject);
        return PREFIX + key.keyId() + ":" + Base64.getEncoder().encodeToString(
                encrypt(key, plain.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The sealed text opened, or empty when its subject was erased.
     *
     * @throws IllegalArgumentException when {@code sealed} is no sealed value or was tampered with
     */
    public Optional<String> open(String sealed) {
        if (!isSealed(sealed)) {
            throw new IllegalArgumentException("not a sealed personal value");
        }
        int colon = sealed.indexOf(':', PREFIX.length());
        if (colon < 0) {
            throw new IllegalArgumentException("not a sealed personal value");
        }
        String keyId = sealed.substring(PREFIX.length(), colon);
        byte[] all = Base64.getDecoder().decode(sealed.substring(colon + 1));
        return decrypt(keyId, all, 0).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    /** A file (a scan, a photo) sealed with the subject's key. */
    public byte[] sealFile(SubjectRef subject, byte[] plain) {
        PersonalDataKeys.Live key = keys.keyFor(subject);
        byte[] sealed = encrypt(key, plain);
        return java.nio.ByteBuffer.allocate(FILE_MAGIC.length + KEY_ID_BYTES + sealed.length).put(FILE_MAGIC)
                                  .put(key.keyId().getBytes(StandardCharsets.US_ASCII)).put(sealed).array();
    }

    /** The file opened, or empty when its subject was erased; a file stored before sealing comes back as it is. */
    public Optional<byte[]> openFile(byte[] stored) {
        if (!isSealed(stored)) {
            return Optional.of(stored);
        }
        String keyId = new String(stored, FILE_MAGIC.length, KEY_ID_BYTES, StandardCharsets.US_ASCII);
        return decrypt(keyId, stored, FILE_MAGIC.length + KEY_ID_BYTES);
    }

    private static byte[] encrypt(PersonalDataKeys.Live key, byte[] plain) {
        return AesGcm.seal(key.key(), key.keyId().getBytes(StandardCharsets.US_ASCII), plain);
    }

    private Optional<byte[]> decrypt(String keyId, byte[] all, int offset) {
        if (!(keys.lookup(keyId) instanceof PersonalDataKeys.Live live)) {
            return Optional.empty();
        }
        try {
            return Optional.of(AesGcm.open(live.key(), keyId.getBytes(StandardCharsets.US_ASCII), all, offset));
        } catch (AesGcm.NotOpenedException e) {
            throw new IllegalArgumentException("a sealed personal value of key " + keyId + " was changed", e);
        }
    }
}
