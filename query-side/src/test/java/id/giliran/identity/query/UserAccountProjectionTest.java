package id.giliran.identity.query;

import id.giliran.api.identity.FindUserQuery;
import id.giliran.api.identity.FindUsersQuery;
import id.giliran.api.identity.Role;
import id.giliran.api.identity.UserDeactivatedEvent;
import id.giliran.api.identity.UserReactivatedEvent;
import id.giliran.api.identity.UserRegisteredEvent;
import id.giliran.api.identity.UserRolesAssignedEvent;
import id.giliran.api.identity.UserView;
import id.giliran.query.EmbeddedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class UserAccountProjectionTest {

    static final Instant T0 = Instant.parse("2026-11-22T02:00:00Z");

    private EmbeddedMongo mongo;
    private UserAccountProjection projection;

    @BeforeEach
    void setUp() {
        mongo = new EmbeddedMongo();
        projection = new UserAccountProjection(mongo.template());
        projection.on(new UserRegisteredEvent("siti@sekolah.id", "Siti", Set.of(Role.SISWA), true, T0));
        projection.on(new UserRegisteredEvent("ani@puskesmas.id", "Ani", Set.of(Role.PETUGAS_LOKET), false, T0));
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Test
    void accountsAreListedByUsername() {
        assertThat(projection.handle(new FindUsersQuery())).extracting(UserView::username)
                                                            .containsExactly("ani@puskesmas.id", "siti@sekolah.id");
    }

    @Test
    void rolesAndActivityFollowTheEvents() {
        projection.on(new UserRolesAssignedEvent("siti@sekolah.id", Set.of(Role.SISWA, Role.PASIEN)));
        projection.on(new UserDeactivatedEvent("siti@sekolah.id"));

        UserView siti = projection.handle(new FindUserQuery("siti@sekolah.id")).orElseThrow();
        assertThat(siti.roles()).containsExactlyInAnyOrder(Role.SISWA, Role.PASIEN);
        assertThat(siti.active()).isFalse();

        projection.on(new UserReactivatedEvent("siti@sekolah.id"));
        assertThat(projection.handle(new FindUserQuery("siti@sekolah.id")).orElseThrow().active()).isTrue();
        assertThat(projection.handle(new FindUserQuery("nobody@x.id"))).isEmpty();
    }
}
