package id.giliran.privacy;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

/**
 * AES-256-GCM as every key of Giliran uses it (the master key wrapping personal-data keys, a subject's key
 * sealing its data, the master key encrypting the PCare secrets): a fresh 12-byte IV per value, a 128-bit
 * tag, associated data binding the value to where it belongs, stored as IV || cipher text || tag.
 */
public final class AesGcm {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AesGcm() {
    }

    /** Thrown when a value was not sealed with this key and associated data, or was changed since. */
    public static final class NotOpenedException extends Exception {
        NotOpenedException(Throwable cause) {
            super("the value was sealed with another key or for another place, or was changed", cause);
        }
    }

    public static byte[] seal(SecretKey key, byte[] associatedData, byte[] plain) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData);
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** Opens what {@link #seal} made, found in {@code data} from {@code offset} to its end. */
    public static byte[] open(SecretKey key, byte[] associatedData, byte[] data, int offset) throws NotOpenedException {
        if (data.length - offset <= IV_BYTES) {
            throw new NotOpenedException(null);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, data, offset, IV_BYTES));
            cipher.updateAAD(associatedData);
            return cipher.doFinal(data, offset + IV_BYTES, data.length - offset - IV_BYTES);
        } catch (AEADBadTagException e) {
            throw new NotOpenedException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }
}
