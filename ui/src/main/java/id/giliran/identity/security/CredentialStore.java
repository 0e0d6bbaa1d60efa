package id.giliran.identity.security;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The only place password hashes live (never in events, logs or other read models). Failed sign-ins are
 * not counted here any more: {@link SignInThrottle} slows guessing down per account and client address
 * instead of locking an account. Documents written before keep their old count fields; they are ignored.
 */
@Component
public class CredentialStore {

    private static final String PENDING = "pending";
    private static final String ATTEMPT = "attempt";

    private final MongoTemplate mongo;

    public CredentialStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Stores the first password of a new account; an existing account keeps its password. */
    public boolean create(String username, String passwordHash) {
        if (mongo.exists(Query.query(where("_id").is(username)), Credential.class)) {
            return false;
        }
        mongo.insert(new Credential(username, passwordHash));
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
                    new Update().set("passwordHash", passwordHash).set(ATTEMPT, attempt), Credential.class);
            return true;
        } catch (DuplicateKeyException confirmed) {
            return false;
        }
    }

    /** The account was opened: its password is this attempt's, for good (also when another attempt replaced it meanwhile). */
    public void confirm(String username, String passwordHash, String attempt) {
        mongo.upsert(Query.query(where("_id").is(username)),
                new Update().set("passwordHash", passwordHash).set(ATTEMPT, attempt).unset(PENDING),
                Credential.class);
    }

    /** The account was refused: this attempt's pending password goes (never a confirmed one, nor another attempt's). */
    public void release(String username, String attempt) {
        mongo.remove(Query.query(where("_id").is(username).and(PENDING).is(true).and(ATTEMPT).is(attempt)),
                Credential.class);
    }

    /** A new password (an admin's reset). */
    public void replace(String username, String passwordHash) {
        mongo.upsert(Query.query(where("_id").is(username)),
                new Update().set("passwordHash", passwordHash).unset("failures").unset("lockedUntil"),
                Credential.class);
    }

    Optional<Credential> find(String username) {
        return Optional.ofNullable(mongo.findById(username, Credential.class));
    }

    @Document("credentials")
    record Credential(@Id String username, String passwordHash) {
    }
}
