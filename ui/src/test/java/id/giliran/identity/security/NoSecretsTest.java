package id.giliran.identity.security;

import id.giliran.AsTheApplication;
import org.junit.jupiter.api.extension.ExtendWith;
import id.giliran.GiliranSpringTest;
import id.giliran.api.identity.Role;
import id.giliran.identity.ui.AccountService;
import jakarta.persistence.EntityManager;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A password and its hash exist only in the credential store: not in events, metadata or any read model. */
@GiliranSpringTest
@ExtendWith(AsTheApplication.class)
class NoSecretsTest {

    static final String PASSWORD = "Rahasia#Unik987";

    @Autowired
    AccountService accounts;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    EntityManager entityManager;

    @Test
    void passwordsAndHashesStayInTheCredentialStore() {
        String username = accounts.open("Rahasia Test", "rahasia@contoh.id", PASSWORD, PASSWORD, Set.of(Role.SISWA));
        accounts.resetPassword(username, PASSWORD + "x", PASSWORD + "x");
        await().atMost(Duration.ofSeconds(10)).until(() ->
                mongo.getCollection("user_accounts").countDocuments(new Document("_id", username)) == 1);
        String hash = mongo.getCollection("credentials").find(new Document("_id", username)).first()
                           .getString("passwordHash");
        assertThat(hash).startsWith("{bcrypt}");

        List<String> events = new ArrayList<>();
        for (Object[] row : entityManager.createQuery(
                "select e.payload, e.metaData from DomainEventEntry e", Object[].class).getResultList()) {
            events.add(new String((byte[]) row[0], StandardCharsets.UTF_8) + new String((byte[]) row[1],
                    StandardCharsets.UTF_8));
        }
        assertThat(events).anyMatch(event -> event.contains(username));
        assertThat(events).noneMatch(event -> event.contains(PASSWORD) || event.contains(hash)
                || event.contains("{bcrypt}"));

        for (String collection : mongo.getCollectionNames()) {
            if (collection.equals("credentials")) {
                continue;
            }
            for (Document document : mongo.getCollection(collection).find()) {
                String json = document.toJson();
                assertThat(json).as(collection).doesNotContain(PASSWORD).doesNotContain("{bcrypt}");
            }
        }
    }
}
