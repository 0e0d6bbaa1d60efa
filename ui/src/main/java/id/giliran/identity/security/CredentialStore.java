package id.giliran.identity.security;

import org.springframework.dao.DuplicateKeyException;
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

    private static final String PENDING = "pending";
    private static final String ATTEMPT = "attempt";

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

    /**
     * The first step of opening an account: its password, stored before the account exists and marked
     * pending for this {@code attempt}. A pending password whose account never came into being (a crash
     * between the two steps) is replaced; a confirmed one never is. Answers false when the username has
     * a confirmed password. A pending password signs nobody in without its account (sign-in asks the
     * account aggregate), and one whose account was opened before a crash is the account's password.
     */
    public boolean reserve(String username, String passwordHash, String attempt) {
        try {
            mongo.upsert(Query.query(where("_id").is(username).and(PENDING).is(true)),
                    new Update().set("passwordHash", passwordHash).set(ATTEMPT, attempt).set("failures", 0)
                                .unset("lockedUntil"), Credential.class);
            return true;
        } catch (DuplicateKeyException confirmed) {
            return false;
        }
    }

    /** The account was opened: its password is this attempt's, for good (also when another attempt replaced it meanwhile). */
    public void confirm(String username, String passwordHash, String attempt) {
        mongo.upsert(Query.query(where("_id").is(username)),
                new Update().set("passwordHash", passwordHash).set(ATTEMPT, attempt).unset(PENDING)
                            .setOnInsert("failures", 0), Credential.class);
    }

    /** The account was refused: this attempt's pending password goes (never a confirmed one, nor another attempt's). */
    public void release(String username, String attempt) {
        mongo.remove(Query.query(where("_id").is(username).and(PENDING).is(true).and(ATTEMPT).is(attempt)),
                Credential.class);
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
