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

    /**
     * {@code value} sealed with the patient's key; null as it is; the erased mark once the patient was erased. A
     * patient's data is not kept again after its erasure: the events of an erased patient read the erased mark,
     * but those stored before they named their patient (registration changes, BPJS checks, PCare calls) read in
     * the clear, and must neither come back in a replay nor give the patient a new key.
     */
    public String sealPatient(String patientId, String value) {
        if (value == null) {
            return null;
        }
        SubjectRef patient = SubjectRef.patient(patientId);
        return isErased(patient) ? PersonalData.ERASED : seal(patient, value);
    }

    /** Whether the subject's data was ever erased. */
    public boolean isErased(SubjectRef subject) {
        return cipher.keys().isErased(subject);
    }

    /** What a stored value becomes at its subject's erasure: the erased mark, or null for none. */
    public static String blank(String stored) {
        return stored == null ? null : PersonalData.ERASED;
    }

    /** Whether the erasure is of a patient's data (the read models of patients blank on it). */
    public static boolean isPatient(PersonalDataErasedEvent event) {
        return event.kind() == SubjectKind.PATIENT && event.subjectId() != null && !event.subjectId().isBlank();
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
