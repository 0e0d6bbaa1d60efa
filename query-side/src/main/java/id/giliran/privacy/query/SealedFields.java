package id.giliran.privacy.query;

import id.giliran.api.privacy.PersonalData;
import id.giliran.api.privacy.PersonalDataErasedEvent;
import id.giliran.api.privacy.SubjectKind;
import id.giliran.api.privacy.SubjectRef;
import id.giliran.privacy.PersonalDataCipher;
import org.springframework.stereotype.Component;

/**
 * How a read model keeps a personal value its queries need: sealed with its subject's key when written, opened
 * when a query answers. Two values pass through unsealed: null, and the erased mark {@link PersonalData#ERASED}
 * (what the event serializer gives for an erased subject, so a replay after an erasure seals nothing and makes no
 * new key for that subject; and what an erasure writes over a sealed value). A value stored before sealing began
 * is answered as it is (the read model is rebuilt in the new layout at the upgrade anyway).
 */
@Component
public class SealedFields {

    private final PersonalDataCipher cipher;

    public SealedFields(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    /** {@code value} sealed with the subject's key; null and the erased mark as they are. */
    public String seal(SubjectRef subject, String value) {
        if (value == null || PersonalData.ERASED.equals(value)) {
            return value;
        }
        return cipher.seal(subject, value);
    }

    /** The stored value opened: {@link PersonalData#ERASED} once its key is destroyed; null and clear text as is. */
    public String open(String stored) {
        if (!PersonalDataCipher.isSealed(stored)) {
            return stored;
        }
        return cipher.open(stored).orElse(PersonalData.ERASED);
    }

    /** Whether a stored value holds nothing to use: none, the erased mark, or a value whose key is destroyed. */
    public boolean isGone(String stored) {
        String opened = open(stored);
        return opened == null || PersonalData.ERASED.equals(opened);
    }

    /**
     * An account holder as the subject of a value, or, for an event that names nobody (stored before it had to),
     * the same shared key the event serializer seals such events with ({@code unlinked:<event type>}).
     */
    public static SubjectRef account(String username, Class<?> eventType) {
        return username == null || username.isBlank()
                ? new SubjectRef(SubjectKind.ACCOUNT, "unlinked:" + eventType.getSimpleName())
                : SubjectRef.account(username);
    }

    /** Whether the erasure is of an account holder's data (the read models of accounts blank on it). */
    public static boolean isAccount(PersonalDataErasedEvent event) {
        return event.kind() == SubjectKind.ACCOUNT && event.subjectId() != null && !event.subjectId().isBlank();
    }
}
