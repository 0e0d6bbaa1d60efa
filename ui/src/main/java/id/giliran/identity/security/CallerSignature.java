package id.giliran.identity.security;

import id.giliran.api.identity.Caller;
import id.giliran.privacy.MasterKeys;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MetaData;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * The caller a command or query carries, signed: HMAC-SHA256 over the message's identifier and payload type and
 * the caller's username, sorted roles and client address, with a key every instance derives from the master key
 * ({@link #PURPOSE}). A message stamped by one instance is believed by every other holding the same
 * GILIRAN_SECRETS_KEY; a message whose caller was written by anyone else (a client that reached Axon Server, a
 * handler that copied the caller of the event it handled) does not verify. During a rotation, signatures made
 * with a key derived from a previous master key (GILIRAN_SECRETS_PREVIOUS_KEYS) are still accepted; new ones are
 * made with the current key.
 */
final class CallerSignature {

    static final String PURPOSE = "giliran caller signature v1";
    private static final Set<String> CALLER_KEYS = Set.of(Caller.USERNAME, Caller.ROLES, Caller.CLIENT_ADDRESS,
            Caller.SIGNATURE);

    private final byte[] current;
    private final List<byte[]> accepted;

    CallerSignature(MasterKeys masterKeys) {
        this(masterKeys.derive(PURPOSE), masterKeys.deriveAll(PURPOSE));
    }

    CallerSignature(byte[] current, List<byte[]> accepted) {
        this.current = current.clone();
        this.accepted = accepted.stream().map(byte[]::clone).toList();
    }

    /**
     * {@code message} carrying {@code caller} and its signature instead of whatever caller it carried; no one
     * ({@link Caller#nobody()}) leaves it without caller and signature, to be refused where it is handled.
     */
    @SuppressWarnings("unchecked")
    <M extends Message<?>> M stamp(M message, Caller caller) {
        MetaData rest = message.getMetaData().withoutKeys(CALLER_KEYS);
        if (caller.isNobody()) {
            return (M) message.withMetaData(rest);
        }
        MetaData signed = rest.mergedWith(caller.toMetaData())
                              .and(Caller.SIGNATURE, sign(current, caller, message));
        return (M) message.withMetaData(signed);
    }

    /** True when the message's caller was signed for this very message by an instance holding the key. */
    boolean verifies(Message<?> message) {
        Object signature = message.getMetaData().get(Caller.SIGNATURE);
        Caller caller = Caller.fromMetaData(message.getMetaData());
        if (!(signature instanceof String text) || caller.isNobody()) {
            return false;
        }
        byte[] given = text.getBytes(StandardCharsets.US_ASCII);
        for (byte[] key : accepted) {
            if (MessageDigest.isEqual(given, sign(key, caller, message).getBytes(StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }

    private static String sign(byte[] key, Caller caller, Message<?> message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            // each part length-prefixed, so no two different callers or messages give the same input
            for (String part : new String[]{message.getIdentifier(), message.getPayloadType().getName(),
                    caller.username(), caller.rolesText(), caller.clientAddress()}) {
                byte[] bytes = part == null ? new byte[0] : part.getBytes(StandardCharsets.UTF_8);
                mac.update(ByteBuffer.allocate(5).put((byte) (part == null ? 0 : 1)).putInt(bytes.length).array());
                mac.update(bytes);
            }
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
