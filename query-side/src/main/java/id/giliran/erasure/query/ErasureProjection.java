package id.giliran.erasure.query;

import id.giliran.api.identity.Role;
import id.giliran.api.identity.UserRegisteredEvent;
import id.giliran.api.identity.UserRolesAssignedEvent;
import id.giliran.api.patient.PatientRegisteredEvent;
import id.giliran.api.privacy.ErasureView;
import id.giliran.api.privacy.FindErasuresQuery;
import id.giliran.api.privacy.PersonalDataErasedEvent;
import id.giliran.api.privacy.SubjectKind;
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
import java.util.Set;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The erasures done ("Hapus data pribadi"), newest first, each naming its subject without personal data: a patient
 * by No. RM, an account by username and roles. To name them it keeps, per subject, only that label (from the
 * patient's and the account's own events), never a name.
 */
@Component
@ProcessingGroup(ErasureProjection.PROCESSING_GROUP)
class ErasureProjection {

    static final String PROCESSING_GROUP = "erasures";
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;

    private final MongoTemplate mongo;

    ErasureProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(PatientRegisteredEvent event) {
        mongo.save(new SubjectLabelDocument(key(SubjectKind.PATIENT, event.patientId()), event.medicalRecordNumber()));
    }

    @EventHandler
    void on(UserRegisteredEvent event) {
        mongo.save(new SubjectLabelDocument(key(SubjectKind.ACCOUNT, event.username()), roles(event.roles())));
    }

    @EventHandler
    void on(UserRolesAssignedEvent event) {
        mongo.updateFirst(Query.query(where("_id").is(key(SubjectKind.ACCOUNT, event.username()))),
                new Update().set("label", roles(event.roles())), SubjectLabelDocument.class);
    }

    @EventHandler
    void on(PersonalDataErasedEvent event) {
        SubjectLabelDocument known = mongo.findById(key(event.kind(), event.subjectId()), SubjectLabelDocument.class);
        String label = event.kind() == SubjectKind.ACCOUNT
                ? event.subjectId() + (known == null || known.label().isEmpty() ? "" : " (" + known.label() + ")")
                : known == null ? event.subjectId() : known.label();
        mongo.save(new ErasureDocument(event.erasureId(), event.kind(), event.subjectId(), label,
                event.requestReference(), event.reason(), event.erasedBy(), event.erasedAt()));
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), ErasureDocument.class);
        mongo.remove(new Query(), SubjectLabelDocument.class);
    }

    @QueryHandler
    List<ErasureView> handle(FindErasuresQuery query) {
        int limit = query.limit() <= 0 ? DEFAULT_LIMIT : Math.min(query.limit(), MAX_LIMIT);
        Query newestFirst = new Query().with(Sort.by(Sort.Direction.DESC, "erasedAt")).limit(limit);
        return mongo.find(newestFirst, ErasureDocument.class).stream().map(ErasureDocument::toView).toList();
    }

    private static String key(SubjectKind kind, String subjectId) {
        return kind.name() + ":" + subjectId;
    }

    private static String roles(Set<Role> roles) {
        return roles == null ? "" : roles.stream().map(Role::name).sorted().collect(Collectors.joining(", "));
    }
}
