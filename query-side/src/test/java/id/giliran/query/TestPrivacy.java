package id.giliran.query;

import id.giliran.privacy.KeyedHashes;
import id.giliran.privacy.MasterKeys;
import id.giliran.privacy.PersonalDataCipher;
import id.giliran.privacy.PersonalDataKeys;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** The personal-data key store of a projection test, in the test's embedded MongoDB, with a fresh master key. */
public final class TestPrivacy {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T01:00:00Z"), ZoneId.of("Asia/Jakarta"));

    private final PersonalDataKeys keys;
    private final PersonalDataCipher cipher;
    private final KeyedHashes hashes;

    public TestPrivacy(MongoTemplate mongo) {
        byte[] master = new byte[32];
        new SecureRandom().nextBytes(master);
        keys = new PersonalDataKeys(mongo, new MasterKeys(master, List.of()), CLOCK);
        keys.open();
        cipher = new PersonalDataCipher(keys);
        hashes = new KeyedHashes(keys);
    }

    public PersonalDataKeys keys() {
        return keys;
    }

    public PersonalDataCipher cipher() {
        return cipher;
    }

    public KeyedHashes hashes() {
        return hashes;
    }
}
