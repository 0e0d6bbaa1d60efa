package id.giliran.bpjs.pcare;

import id.giliran.bpjs.lzstring.LzString;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The BPJS signing and response-encryption scheme, shared by the client and the sandbox.
 *
 * <ul>
 *   <li>signature: Base64(HMAC-SHA256(key = consumer secret, data = consId + "&amp;" + timestamp))</li>
 *   <li>response: Base64 of AES/CBC/PKCS5Padding over the LZ-String (encoded URI component)
 *       compressed JSON; key = SHA-256(consId + secret + timestamp), IV = its first 16 bytes</li>
 * </ul>
 */
public final class PcareCrypto {

    private PcareCrypto() {
    }

    public static String signature(String consumerId, String consumerSecret, long timestamp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(consumerSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((consumerId + "&" + timestamp).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    public static String authorization(String username, String password, String applicationCode) {
        String plain = username + ":" + password + ":" + applicationCode;
        return "Basic " + Base64.getEncoder().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Decrypts and decompresses a {@code response} field. */
    public static String decryptResponse(String response, String consumerId, String consumerSecret, long timestamp)
            throws ResponseDecodingException {
        byte[] encrypted;
        try {
            encrypted = Base64.getDecoder().decode(response.strip());
        } catch (IllegalArgumentException e) {
            throw new ResponseDecodingException("response is not Base64", e);
        }
        byte[] plain;
        try {
            plain = cipher(Cipher.DECRYPT_MODE, consumerId, consumerSecret, timestamp).doFinal(encrypted);
        } catch (GeneralSecurityException e) {
            throw new ResponseDecodingException("response cannot be decrypted with this request's key", e);
        }
        try {
            return LzString.decompressFromEncodedURIComponent(new String(plain, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new ResponseDecodingException("decrypted response is not LZ-String data", e);
        }
    }

    /** The inverse of {@link #decryptResponse}: what BPJS (or the sandbox) puts in {@code response}. */
    public static String encryptResponse(String json, String consumerId, String consumerSecret, long timestamp) {
        try {
            byte[] compressed = LzString.compressToEncodedURIComponent(json).getBytes(StandardCharsets.UTF_8);
            byte[] encrypted = cipher(Cipher.ENCRYPT_MODE, consumerId, consumerSecret, timestamp).doFinal(compressed);
            return Base64.getEncoder().encodeToString(encrypted);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/CBC unavailable", e);
        }
    }

    private static Cipher cipher(int mode, String consumerId, String consumerSecret, long timestamp)
            throws GeneralSecurityException {
        byte[] key = MessageDigest.getInstance("SHA-256")
                .digest((consumerId + consumerSecret + timestamp).getBytes(StandardCharsets.UTF_8));
        Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(Arrays.copyOf(key, 16)));
        return cipher;
    }

    /** The {@code response} field could not be turned back into JSON. */
    public static final class ResponseDecodingException extends Exception {
        public ResponseDecodingException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
