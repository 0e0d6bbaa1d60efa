package id.giliran.identity.query;

import id.giliran.api.identity.FindInvitationCodesQuery;
import id.giliran.query.EmbeddedMongo;
import id.giliran.api.identity.InvitationCodeIssuedEvent;
import id.giliran.api.identity.InvitationCodeRevokedEvent;
import id.giliran.api.identity.InvitationCodeUsedEvent;
import id.giliran.api.identity.InvitationCodeView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class InvitationCodeProjectionTest {

    static final Instant NOW = Instant.parse("2026-11-30T01:00:00Z");

    private EmbeddedMongo mongo;
    private InvitationCodeProjection projection;

    @BeforeEach
    void start() {
        mongo = new EmbeddedMongo();
        projection = new InvitationCodeProjection(mongo.template());
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void listsCodesNewestFirstWithTheirUsesAndRevocation() {
        projection.on(new InvitationCodeIssuedEvent("a", "SMPN 3", null, null, NOW));
        projection.on(new InvitationCodeIssuedEvent("b", "SMAN 1 Kelas X-2", NOW.plusSeconds(3600), 30,
                NOW.plusSeconds(60)));
        projection.on(new InvitationCodeUsedEvent("b", NOW));
        projection.on(new InvitationCodeUsedEvent("b", NOW));
        projection.on(new InvitationCodeRevokedEvent("a", NOW));

        assertThat(projection.handle(new FindInvitationCodesQuery())).containsExactly(
                new InvitationCodeView("b", "SMAN 1 Kelas X-2", NOW.plusSeconds(60), NOW.plusSeconds(3600), 30, 2, false),
                new InvitationCodeView("a", "SMPN 3", NOW, null, null, 0, true));
    }
}
