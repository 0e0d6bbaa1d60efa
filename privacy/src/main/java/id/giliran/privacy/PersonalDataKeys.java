package id.giliran.privacy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import id.giliran.api.privacy.SubjectRef;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.data.mongodb.core.MongoOperations;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The key store of personal data (MongoDB in every mode, collection {@value #KEYS}): one AES-256 key per data
 * subject, stored only wrapped by the master key together with that master key's id, and the secret of the
 * keyed hashes (NIK lookups). Subjects are found by a keyed hash of their reference ({@value #SUBJECTS}), so
 * the store names no patient and no username. Erasing a subject destroys its key material and leaves a
 * tombstone, so a sealed value of that key reads "erased" while a key that is simply missing (a lost or
 * half-restored store) stays an error.
 * <p>
 * Keys are cached for {@link #CACHE_TIME}: an erasure on another instance takes effect here within that time
 * (this instance forgets at once).
 */
public class PersonalDataKeys {

    static final String KEYS = "personal_data_keys";
    static final String SUBJECTS = "personal_data_subjects";
    static final String HASH_KEY_ID = "keyed-hash-v1";
    static final Duration CACHE_TIME = Duration.ofSeconds(30);
    private static final int KEY_BYTES = 32;

    private final MongoOperations mongo;
    private final MasterKeys master;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Cache<String, KeyLookup> byKeyId = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterWrite(CACHE_TIME).build();
    private final Cache<String, Optional<String>> subjectKeyIds = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterWrite(CACHE_TIME).build();
    private final Cache<String, Boolean> erasedSubjects = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterWrite(CACHE_TIME).build();
    private volatile SecretKey hashKey;

    public PersonalDataKeys(MongoOperations mongo, MasterKeys master, Clock clock) {
        this.mongo = mongo;
        this.master = master;
        this.clock = clock;
    }

    /** What a key id stands for: a live key, or an erased subject's destroyed one. */
    public sealed interface KeyLookup permits Live, Erased {
    }

    public record Live(String keyId, SecretKey key) implements KeyLookup {
    }

    public record Erased(String keyId) implements KeyLookup {
    }

    /**
     * Checks at start that the configured master key opens every stored key, and re-wraps under the current
     * master key what a previous one wrapped (rotation). Refuses, before anything is written, a master key that
     * opens nothing stored.
     *
     * @return how many keys were re-wrapped
     * @throws MasterKeys.WrongMasterKeyException when a stored key was wrapped by a master key not configured
     */
    public int open() {
        List<Document> stale = new ArrayList<>();
        for (Document doc : keys().find(Filters.and(Filters.exists("wrapped"),
                Filters.ne("master", master.currentId())))) {
            String masterId = doc.getString("master");
            if (!master.knows(masterId)) {
                throw new MasterKeys.WrongMasterKeyException("The configured master key (GILIRAN_SECRETS_KEY or the "
                        + "key file) is not the one that wrapped the stored personal-data keys (master key id "
                        + masterId + ", configured " + master.currentId() + "). Start with the right key, or give "
                        + "the old one in GILIRAN_SECRETS_PREVIOUS_KEYS to rotate; nothing was written.");
            }
            stale.add(doc);
        }
        for (Document doc : stale) {
            String keyId = doc.getString("_id");
            byte[] plain = master.unwrap(bytes(doc), keyId, doc.getString("master"));
            keys().updateOne(Filters.and(Filters.eq("_id", keyId), Filters.eq("master", doc.getString("master"))),
                    Updates.combine(Updates.set("wrapped", new Binary(master.wrap(plain, keyId))),
                            Updates.set("master", master.currentId()),
                            Updates.set("rewrappedAt", Date.from(clock.instant()))));
        }
        hashKey();
        return stale.size();
    }

    /** The subject's live key, made on first use (and again after an erasure: what comes after is new data). */
    public Live keyFor(SubjectRef subject) {
        String subjectId = subjectId(subject);
        Optional<String> known = subjectKeyIds.get(subjectId, this::currentKeyId);
        if (known.isPresent() && lookup(known.get()) instanceof Live live) {
            return live;
        }
        Live made = newKey();
        try {
            subjects().insertOne(new Document("_id", subjectId).append("keyId", made.keyId())
                                                              .append("createdAt", Date.from(clock.instant())));
        } catch (MongoWriteException exists) {
            if (exists.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw exists;
            }
            // either another thread was first, or the subject was erased: a live key stays, an erased one is replaced
            Document doc = subjects().find(Filters.eq("_id", subjectId)).first();
            if (doc != null && doc.getString("keyId") != null && lookup(doc.getString("keyId")) instanceof Live live) {
                keys().deleteOne(Filters.eq("_id", made.keyId()));
                subjectKeyIds.put(subjectId, Optional.of(live.keyId()));
                return live;
            }
            subjects().updateOne(Filters.eq("_id", subjectId), Updates.set("keyId", made.keyId()));
        }
        subjectKeyIds.put(subjectId, Optional.of(made.keyId()));
        return made;
    }

    /** @throws IllegalStateException when no such key was ever stored: the key store is incomplete */
    public KeyLookup lookup(String keyId) {
        return byKeyId.get(keyId, this::load);
    }

    /** Whether the subject's personal data was ever erased. */
    public boolean isErased(SubjectRef subject) {
        return erasedSubjects.get(subjectId(subject), subjectId -> {
            Document doc = subjects().find(Filters.eq("_id", subjectId)).first();
            return doc != null && doc.get("erasedAt") != null;
        });
    }

    /**
     * Destroys the subject's key: what was sealed with it can never be read again. Idempotent.
     *
     * @return whether live key material was destroyed now
     */
    public boolean erase(SubjectRef subject) {
        String subjectId = subjectId(subject);
        return destroy(subjectId, subjects().find(Filters.eq("_id", subjectId)).first());
    }

    private boolean destroy(String subjectId, Document doc) {
        Date now = Date.from(clock.instant());
        boolean destroyed = false;
        if (doc == null) {
            subjects().insertOne(new Document("_id", subjectId).append("erasedAt", now));
        } else {
            String keyId = doc.getString("keyId");
            if (keyId != null) {
                destroyed = keys().updateOne(Filters.and(Filters.eq("_id", keyId), Filters.exists("wrapped")),
                        Updates.combine(Updates.unset("wrapped"), Updates.unset("master"),
                                Updates.set("erasedAt", now))).getModifiedCount() > 0;
                byKeyId.invalidate(keyId);
            }
            subjects().updateOne(Filters.eq("_id", subjectId), Updates.combine(Updates.unset("keyId"),
                    Updates.set("erasedAt", now)));
        }
        subjectKeyIds.invalidate(subjectId);
        erasedSubjects.put(subjectId, true);
        return destroyed;
    }

    /**
     * Destroys the subject's key unless the store already records an erasure of that subject (read from the store,
     * not from this instance's cache), and answers whether it destroyed one. A subject is erased once (one erasure
     * aggregate per subject), so this is what an erasure's event handlers call: a replayed or repeated erasure
     * never destroys a key made after it (for what the subject did after the erasure, see {@link #keyFor}).
     */
    public boolean eraseOnce(SubjectRef subject) {
        String subjectId = subjectId(subject);
        Document doc = subjects().find(Filters.eq("_id", subjectId)).first();
        if (doc != null && doc.get("erasedAt") != null) {
            subjectKeyIds.invalidate(subjectId);
            erasedSubjects.put(subjectId, true);
            return false;
        }
        return destroy(subjectId, doc);
    }

    /**
     * HMAC-SHA256 of {@code value} under the store's hash secret, for one {@code purpose} ("nik"): the same
     * value gives the same hash (lookups, uniqueness), and nobody without the secret can test a guess.
     */
    public String keyedHash(String purpose, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey());
            return HexFormat.of().formatHex(mac.doFinal((purpose + ":" + value).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private String subjectId(SubjectRef subject) {
        return keyedHash("subject", subject.text());
    }

    private Optional<String> currentKeyId(String subjectId) {
        Document doc = subjects().find(Filters.eq("_id", subjectId)).first();
        return Optional.ofNullable(doc == null ? null : doc.getString("keyId"));
    }

    private Live newKey() {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        String keyId = UUID.randomUUID().toString();
        keys().insertOne(new Document("_id", keyId).append("wrapped", new Binary(master.wrap(key, keyId)))
                                                   .append("master", master.currentId())
                                                   .append("createdAt", Date.from(clock.instant())));
        Live live = new Live(keyId, new SecretKeySpec(key, "AES"));
        byKeyId.put(keyId, live);
        return live;
    }

    private KeyLookup load(String keyId) {
        Document doc = keys().find(Filters.eq("_id", keyId)).first();
        if (doc == null) {
            throw new IllegalStateException("personal-data key " + keyId + " is not in the key store ("
                    + KEYS + "): restore the key store from its backup; the data it sealed cannot be read without it");
        }
        if (doc.get("wrapped") == null) {
            return new Erased(keyId);
        }
        return new Live(keyId, new SecretKeySpec(master.unwrap(bytes(doc), keyId, doc.getString("master")), "AES"));
    }

    private SecretKey hashKey() {
        SecretKey current = hashKey;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (hashKey == null) {
                Document doc = keys().find(Filters.eq("_id", HASH_KEY_ID)).first();
                if (doc == null) {
                    byte[] secret = new byte[KEY_BYTES];
                    random.nextBytes(secret);
                    try {
                        keys().insertOne(new Document("_id", HASH_KEY_ID)
                                .append("wrapped", new Binary(master.wrap(secret, HASH_KEY_ID)))
                                .append("master", master.currentId())
                                .append("createdAt", Date.from(clock.instant())));
                    } catch (MongoWriteException exists) {
                        if (exists.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                            throw exists;
                        }
                    }
                    doc = keys().find(Filters.eq("_id", HASH_KEY_ID)).first();
                }
                hashKey = new SecretKeySpec(master.unwrap(bytes(doc), HASH_KEY_ID, doc.getString("master")),
                        "HmacSHA256");
            }
            return hashKey;
        }
    }

    private static byte[] bytes(Document doc) {
        Object wrapped = doc.get("wrapped");
        return wrapped instanceof Binary binary ? binary.getData() : (byte[]) wrapped;
    }

    private MongoCollection<Document> keys() {
        return mongo.getCollection(KEYS);
    }

    private MongoCollection<Document> subjects() {
        return mongo.getCollection(SUBJECTS);
    }
}
