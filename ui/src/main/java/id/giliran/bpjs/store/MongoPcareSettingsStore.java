package id.giliran.bpjs.store;

import id.giliran.bpjs.config.PcareSettingsStore;
import id.giliran.bpjs.config.StoredPcareSettings;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The PCare settings in one MongoDB document ({@code bpjs_settings}, id {@code pcare}); the consumer secret,
 * the user key and the password only as AES-GCM cipher text ({@link SecretCipher}). The key is resolved on
 * first use, so an application without one starts and only saving is refused.
 */
@Component
class MongoPcareSettingsStore implements PcareSettingsStore {

    static final String COLLECTION = "bpjs_settings";
    static final String ID = "pcare";
    static final String SECRET = "consumerSecret";
    static final String USER_KEY = "userKey";
    static final String PASSWORD = "password";

    private final MongoTemplate mongo;
    private final String configuredKey;
    private final String keyFile;
    private final List<SecretCipher> previous = new ArrayList<>();
    private volatile SecretCipher cipher;

    /** @param previousKeys the master keys before a rotation: settings they encrypted are read and re-encrypted */
    MongoPcareSettingsStore(MongoTemplate mongo, @Value("${giliran.secrets.key:}") String configuredKey,
                            @Value("${giliran.secrets.key-file:}") String keyFile,
                            @Value("${giliran.secrets.previous-keys:}") String previousKeys) {
        this.mongo = mongo;
        this.configuredKey = configuredKey;
        this.keyFile = keyFile;
        for (String key : previousKeys.split(",")) {
            if (!key.isBlank()) {
                previous.add(new SecretCipher(id.giliran.privacy.SecretsKeyFile.decode(key.strip(),
                        "giliran.secrets.previous-keys")));
            }
        }
    }

    private Optional<SecretCipher> cipher() {
        SecretCipher current = cipher;
        if (current == null) {
            synchronized (this) {
                if (cipher == null) {
                    cipher = id.giliran.privacy.SecretsKeyFile.resolve(configuredKey, keyFile).map(SecretCipher::new).orElse(null);
                }
                current = cipher;
            }
        }
        return Optional.ofNullable(current);
    }

    @Override
    public Optional<StoredPcareSettings> load() {
        Document stored = mongo.getCollection(COLLECTION).find(new Document("_id", ID)).first();
        if (stored == null) {
            return Optional.empty();
        }
        SecretCipher current = cipher().orElseThrow(() -> new UnreadableSettingsException(
                "saved PCare settings need the secrets key (GILIRAN_SECRETS_KEY)", null));
        SecretCipher secrets = current;
        for (SecretCipher older : previous) {
            if (!opens(secrets, stored) && opens(older, stored)) {
                secrets = older;
            }
        }
        try {
            Date updatedAt = stored.getDate("updatedAt");
            StoredPcareSettings settings = new StoredPcareSettings(stored.getString("consumerId"),
                    secrets.decrypt(stored.getString(SECRET), SECRET),
                    secrets.decrypt(stored.getString(USER_KEY), USER_KEY), stored.getString("username"),
                    secrets.decrypt(stored.getString(PASSWORD), PASSWORD), stored.getString("appCode"),
                    stored.getString("providerCode"), URI.create(stored.getString("baseUrl")),
                    Duration.ofMillis(stored.getLong("connectTimeoutMillis")),
                    Duration.ofMillis(stored.getLong("readTimeoutMillis")), stored.getString("updatedBy"),
                    updatedAt == null ? null : updatedAt.toInstant());
            if (secrets != current) {
                save(settings); // a rotation: encrypted again with the current master key
            }
            return Optional.of(settings);
        } catch (IllegalArgumentException | NullPointerException | ClassCastException e) {
            throw new UnreadableSettingsException("saved PCare settings cannot be read: " + e.getMessage(), e);
        }
    }

    private static boolean opens(SecretCipher secrets, Document stored) {
        try {
            secrets.decrypt(stored.getString(SECRET), SECRET);
            return true;
        } catch (IllegalArgumentException | NullPointerException wrongKey) {
            return false;
        }
    }

    @Override
    public void save(StoredPcareSettings settings) {
        SecretCipher secrets = cipher().orElseThrow(() -> new MissingSecretsKeyException(
                "no secrets key: set GILIRAN_SECRETS_KEY (Base64 of 32 random bytes)"));
        Instant updatedAt = java.util.Objects.requireNonNull(settings.updatedAt(), "updatedAt");
        Document document = new Document("_id", ID)
                .append("consumerId", settings.consumerId())
                .append(SECRET, secrets.encrypt(settings.consumerSecret(), SECRET))
                .append(USER_KEY, secrets.encrypt(settings.userKey(), USER_KEY))
                .append("username", settings.username())
                .append(PASSWORD, secrets.encrypt(settings.password(), PASSWORD))
                .append("appCode", settings.appCode())
                .append("providerCode", settings.providerCode())
                .append("baseUrl", settings.baseUrl().toString())
                .append("connectTimeoutMillis", settings.connectTimeout().toMillis())
                .append("readTimeoutMillis", settings.readTimeout().toMillis())
                .append("updatedBy", settings.updatedBy())
                .append("updatedAt", Date.from(updatedAt));
        mongo.getCollection(COLLECTION).replaceOne(new Document("_id", ID), document,
                new com.mongodb.client.model.ReplaceOptions().upsert(true));
    }
}
