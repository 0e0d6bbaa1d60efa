package id.giliran.identity.security;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The only place password hashes live (never in events, logs or other read models), with the
 * failed sign-in count: after {@value #MAX_FAILURES} failures in a row an account is locked for
 * {@link #LOCK_DURATION}. Counting is an atomic increment, so parallel attempts are all counted.
 */
@Component
public class CredentialStore {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private final MongoTemplate mongo;
    private final Clock clock;

    public CredentialStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Stores the first password of a new account; an existing account keeps its password. */
    public boolean create(String username, String passwordHash) {
        if (mongo.exists(Query.query(where("_id").is(username)), Credential.class)) {
            return false;
        }
        mongo.insert(new Credential(username, passwordHash, 0, null));
        return true;
    }

    /** A new password (an admin's reset): also lifts a lock. */
    public void replace(String username, String passwordHash) {
        mongo.upsert(Query.query(where("_id").is(username)),
                new Update().set("passwordHash", passwordHash).set("failures", 0).unset("lockedUntil"),
                Credential.class);
    }

    Optional<Credential> find(String username) {
        return Optional.ofNullable(mongo.findById(username, Credential.class));
    }

    boolean isLocked(Credential credential) {
        return credential.lockedUntil() != null && credential.lockedUntil().isAfter(clock.instant());
    }

    /** Counts a failed sign-in; answers whether this failure locked the account. */
    public boolean recordFailure(String username) {
        Credential counted = mongo.findAndModify(Query.query(where("_id").is(username)),
                new Update().inc("failures", 1), FindAndModifyOptions.options().returnNew(true), Credential.class);
        if (counted == null || counted.failures() < MAX_FAILURES) {
            return false;
        }
        mongo.updateFirst(Query.query(where("_id").is(username)),
                new Update().set("lockedUntil", clock.instant().plus(LOCK_DURATION)).set("failures", 0),
                Credential.class);
        return true;
    }

    /** A successful sign-in clears the count. */
    public void recordSuccess(String username) {
        mongo.updateFirst(Query.query(where("_id").is(username)),
                new Update().set("failures", 0).unset("lockedUntil"), Credential.class);
    }

    @Document("credentials")
    record Credential(@Id String username, String passwordHash, int failures, Instant lockedUntil) {
    }
}
