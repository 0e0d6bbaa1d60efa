package id.giliran.identity.query;

import id.giliran.api.counseling.FindStudentAccountsQuery;
import id.giliran.api.counseling.StudentAccount;
import id.giliran.api.identity.FindUserQuery;
import id.giliran.api.identity.FindUsersQuery;
import id.giliran.api.identity.Role;
import id.giliran.api.identity.UserDeactivatedEvent;
import id.giliran.api.identity.UserReactivatedEvent;
import id.giliran.api.identity.UserRegisteredEvent;
import id.giliran.api.identity.UserRolesAssignedEvent;
import id.giliran.api.identity.UserView;
import id.giliran.api.privacy.PersonalData;
import id.giliran.api.privacy.PersonalDataErasedEvent;
import id.giliran.privacy.query.SealedFields;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Accounts as sign-in and the admin's user list see them: name, roles, active. Never a password. The display
 * name stays clear (lists and the student search need it); an erasure of the account makes it "[dihapus]" at
 * once, and a replay after the erasure reads it so from the event.
 */
@Component
@ProcessingGroup("user-accounts")
class UserAccountProjection {

    /** A search for students answers at most this many. */
    static final int STUDENT_MATCHES = 20;

    private final MongoTemplate mongo;

    UserAccountProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(UserRegisteredEvent event) {
        mongo.save(new UserAccountDocument(event.username(), event.displayName(), event.roles(), true,
                event.registeredAt()));
    }

    @EventHandler
    void on(UserRolesAssignedEvent event) {
        update(event.username(), new Update().set("roles", event.roles()));
    }

    @EventHandler
    void on(UserDeactivatedEvent event) {
        update(event.username(), new Update().set("active", false));
    }

    @EventHandler
    void on(UserReactivatedEvent event) {
        update(event.username(), new Update().set("active", true));
    }

    private void update(String username, Update update) {
        mongo.updateFirst(Query.query(where("_id").is(username)), update, UserAccountDocument.class);
    }

    /** The account holder's data was erased: the name goes; the account, its roles and its standing stay. */
    @EventHandler
    void on(PersonalDataErasedEvent event) {
        if (SealedFields.isAccount(event)) {
            update(event.subjectId(), new Update().set("displayName", PersonalData.ERASED));
        }
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), UserAccountDocument.class);
    }

    @QueryHandler
    List<UserView> handle(FindUsersQuery query) {
        return mongo.find(new Query().with(Sort.by("username")), UserAccountDocument.class).stream()
                    .map(UserAccountDocument::toView)
                    .toList();
    }

    @QueryHandler
    Optional<UserView> handle(FindUserQuery query) {
        return Optional.ofNullable(mongo.findById(query.username(), UserAccountDocument.class))
                       .map(UserAccountDocument::toView);
    }

    /** Active students whose name or username contains the text (any case), by name; at most {@value #STUDENT_MATCHES}. */
    @QueryHandler
    List<StudentAccount> handle(FindStudentAccountsQuery query) {
        String text = Pattern.quote(query.text() == null ? "" : query.text().strip());
        Query students = Query.query(where("active").is(true).and("roles").is(Role.SISWA.name())
                                                    .orOperator(where("displayName").regex(text, "i"),
                                                            where("_id").regex(text, "i")))
                              .with(Sort.by("displayName", "username"))
                              .limit(STUDENT_MATCHES);
        return mongo.find(students, UserAccountDocument.class).stream()
                    .map(account -> new StudentAccount(account.username(), account.displayName()))
                    .toList();
    }
}
