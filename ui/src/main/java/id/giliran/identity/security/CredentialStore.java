package id.giliran.identity.security;

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
