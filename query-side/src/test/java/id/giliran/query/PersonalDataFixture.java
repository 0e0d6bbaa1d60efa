package id.giliran.query;

import id.giliran.api.privacy.ErasePersonalDataCommand;
import id.giliran.api.privacy.PersonalDataErasedEvent;
import id.giliran.api.privacy.SubjectKind;
import id.giliran.api.privacy.SubjectRef;
import id.giliran.privacy.KeyedHashes;
import id.giliran.privacy.MasterKeys;
import id.giliran.privacy.PersonalDataCipher;
import id.giliran.privacy.PersonalDataKeys;
import id.giliran.privacy.query.SealedFields;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The real key store and cipher on a test's embedded MongoDB, for projections that keep personal values sealed;
 * and the erasure as the erasure aggregate does it (the key destroyed, then the event).
 */
public final class PersonalDataFixture {

    public static final Instant ERASED_AT = Instant.parse("2026-12-01T03:00:00Z");

    private final MongoTemplate mongo;
    private final PersonalDataKeys keys;
    private final PersonalDataCipher cipher;

    public PersonalDataFixture(MongoTemplate mongo) {
        this.mongo = mongo;
        byte[] master = new byte[32];
        new SecureRandom().nextBytes(master);
        keys = new PersonalDataKeys(mongo, new MasterKeys(master, List.of()), Clock.fixed(ERASED_AT, ZoneOffset.UTC));
        keys.open();
        cipher = new PersonalDataCipher(keys);
    }

    public PersonalDataCipher cipher() {
        return cipher;
    }

    public PersonalDataKeys keys() {
        return keys;
    }

    /** The keyed hashes (NIK, BPJS number) of this key store. */
    public KeyedHashes hashes() {
        return new KeyedHashes(keys);
    }

    public SealedFields fields() {
        return new SealedFields(cipher);
    }

    /** Destroys the account's key and answers the event the erasure then publishes. */
    public PersonalDataErasedEvent eraseAccount(String username) {
        keys.erase(SubjectRef.account(username));
        return erasedAccount(username);
    }

    /** The event alone (a replay meets it again; a lagging projection sees it after the key is gone). */
    public static PersonalDataErasedEvent erasedAccount(String username) {
        return new PersonalDataErasedEvent(ErasePersonalDataCommand.idOf(SubjectKind.ACCOUNT, username),
                SubjectKind.ACCOUNT, username, "Surat No. 12/BK/2026", "Permintaan siswa", "admin", ERASED_AT);
    }

    /** Destroys the patient's key and answers the event the erasure then publishes. */
    public PersonalDataErasedEvent erasePatient(String patientId) {
        keys.erase(SubjectRef.patient(patientId));
        return erasedPatient(patientId);
    }

    /** The event alone (a replay meets it again; a lagging projection sees it after the key is gone). */
    public static PersonalDataErasedEvent erasedPatient(String patientId) {
        return new PersonalDataErasedEvent(ErasePersonalDataCommand.idOf(SubjectKind.PATIENT, patientId),
                SubjectKind.PATIENT, patientId, "Surat No. 7/RM/2026", "Permintaan ahli waris", "admin", ERASED_AT);
    }

    /**
     * Every document of the read-model collections as stored (JSON), the key store left out: what a file scan of
     * the read models would find.
     */
    public List<String> storedDocuments(Set<String> collections) {
        List<String> stored = new ArrayList<>();
        for (String collection : collections) {
            for (Document document : mongo.getCollection(collection).find()) {
                stored.add(document.toJson());
            }
        }
        return stored;
    }

    public List<String> storedDocuments() {
        Set<String> collections = new java.util.TreeSet<>(mongo.getCollectionNames());
        collections.remove("personal_data_keys");
        collections.remove("personal_data_subjects");
        return storedDocuments(collections);
    }
}
