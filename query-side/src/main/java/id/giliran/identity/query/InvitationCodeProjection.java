package id.giliran.identity.query;

import id.giliran.api.identity.FindInvitationCodesQuery;
import id.giliran.api.identity.InvitationCodeIssuedEvent;
import id.giliran.api.identity.InvitationCodeRevokedEvent;
import id.giliran.api.identity.InvitationCodeUsedEvent;
import id.giliran.api.identity.InvitationCodeView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The invitation codes for students, as ADMIN lists them: label, expiry, uses, revoked. Never a code. */
@Component
@ProcessingGroup("invitation-codes")
class InvitationCodeProjection {

    private final MongoTemplate mongo;

    InvitationCodeProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(InvitationCodeIssuedEvent event) {
        mongo.save(new InvitationCodeDocument(event.invitationId(), event.label(), event.issuedAt(), event.expiresAt(),
                event.maxUses(), 0, false));
    }

    @EventHandler
    void on(InvitationCodeUsedEvent event) {
        mongo.updateFirst(Query.query(where("_id").is(event.invitationId())), new Update().inc("uses", 1),
                InvitationCodeDocument.class);
    }

    @EventHandler
    void on(InvitationCodeRevokedEvent event) {
        mongo.updateFirst(Query.query(where("_id").is(event.invitationId())), new Update().set("revoked", true),
                InvitationCodeDocument.class);
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), InvitationCodeDocument.class);
    }

    @QueryHandler
    List<InvitationCodeView> handle(FindInvitationCodesQuery query) {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "issuedAt")), InvitationCodeDocument.class)
                    .stream().map(InvitationCodeDocument::toView).toList();
    }

    @Document("invitation_codes")
    record InvitationCodeDocument(@Id String invitationId, String label, Instant issuedAt, Instant expiresAt,
                                  Integer maxUses, int uses, boolean revoked) {

        InvitationCodeView toView() {
            return new InvitationCodeView(invitationId, label, issuedAt, expiresAt, maxUses, uses, revoked);
        }
    }
}
