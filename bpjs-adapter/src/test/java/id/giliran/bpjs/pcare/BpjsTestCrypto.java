package id.giliran.bpjs.pcare;

import id.giliran.bpjs.lzstring.LzString;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The BPJS scheme written again for the tests, straight from the protocol notes, so the client
 * is checked against an independent implementation rather than against itself.
 */
final class BpjsTestCrypto {

    private BpjsTestCrypto() {
    }

    static String hmacSignature(String consId, String secret, long timestamp) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(
                mac.doFinal((consId + "&" + timestamp).getBytes(StandardCharsets.UTF_8)));
    }

    /** AES-256-CBC with key SHA-256(consId + secret + timestamp) and IV its first 16 bytes. */
    static String encrypt(String plainText, String consId, String secret, long timestamp) throws Exception {
        byte[] key = MessageDigest.getInstance("SHA-256")
                .digest((consId + secret + timestamp).getBytes(StandardCharsets.UTF_8));
        Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(Arrays.copyOf(key, 16)));
        return Base64.getEncoder().encodeToString(cipher.doFinal(plainText.getBytes(StandardCharsets.UTF_8)));
    }

    /** What BPJS puts in "response": JSON, LZ-String compressed, then encrypted. */
    static String bpjsResponse(String json, String consId, String secret, long timestamp) throws Exception {
        return encrypt(LzString.compressToEncodedURIComponent(json), consId, secret, timestamp);
    }
}
