package id.giliran.query;

import id.giliran.api.privacy.PersonalData;
import id.giliran.api.privacy.SubjectRef;
import id.giliran.privacy.PersonalDataCipher;

/**
 * How a read model keeps a personal field it needs: sealed with its subject's key
 * ({@link PersonalDataCipher#seal}) and opened in the query method, so that destroying the key blanks it at
 * once, before the projection has even seen the erasure. An erased subject's values are never sealed again:
 * the events of an erased subject read {@value PersonalData#ERASED}, events stored before sealing (and whose
 * subject the serializer cannot tell) may read in the clear, and neither may give the subject a new key or
 * bring a value back in a replay, so whatever a projection gets for an erased subject is kept as
 * {@value PersonalData#ERASED}.
 */
public final class SealedFields {

    private SealedFields() {
    }

    /**
     * The value to store: sealed; null for none and "" for an empty text (nothing to hide); {@value
     * PersonalData#ERASED} for an erased subject's value.
     */
    public static String seal(PersonalDataCipher cipher, SubjectRef subject, String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        if (PersonalData.ERASED.equals(value) || cipher.keys().isErased(subject)) {
            return PersonalData.ERASED;
        }
        return cipher.seal(subject, value);
    }

    /**
     * The stored value as the screen shows it: opened, {@value PersonalData#ERASED} once its key is destroyed,
     * null for none; a value stored in the clear (the erased mark) as it is.
     */
    public static String open(PersonalDataCipher cipher, String stored) {
        if (!PersonalDataCipher.isSealed(stored)) {
            return stored;
        }
        return cipher.open(stored).orElse(PersonalData.ERASED);
    }

    /** What a stored value becomes when its subject is erased: {@value PersonalData#ERASED}, or null for none. */
    public static String erased(String stored) {
        return stored == null ? null : PersonalData.ERASED;
    }

    /** Whether a subject's values must no longer be kept: erased, or read so from an event. */
    public static boolean erased(PersonalDataCipher cipher, SubjectRef subject, String valueRead) {
        return PersonalData.ERASED.equals(valueRead) || cipher.keys().isErased(subject);
    }
}
