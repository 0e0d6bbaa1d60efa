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
import id.giliran.api.privacy.SubjectKind;
import id.giliran.query.EmbeddedMongo;
import id.giliran.query.PersonalDataFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

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

    @Test
    void canFindActiveStudentsByNameOrUsernameInAnyCase() {
        projection.on(new UserRegisteredEvent("budi.s@sekolah.id", "Budi Santoso", Set.of(Role.SISWA), true, T0));
        projection.on(new UserRegisteredEvent("rina@sekolah.id", "Rina Sitompul", Set.of(Role.KONSELOR), true, T0));
        projection.on(new UserRegisteredEvent("sitorus@sekolah.id", "Tono", Set.of(Role.SISWA), true, T0));
        projection.on(new UserRegisteredEvent("sita@sekolah.id", "Sita", Set.of(Role.SISWA), true, T0));
        projection.on(new UserDeactivatedEvent("sita@sekolah.id"));

        assertThat(projection.handle(new FindStudentAccountsQuery("SIT"))).containsExactly(
                new StudentAccount("siti@sekolah.id", "Siti"), new StudentAccount("sitorus@sekolah.id", "Tono"));
        assertThat(projection.handle(new FindStudentAccountsQuery("santo")))
                .extracting(StudentAccount::username).containsExactly("budi.s@sekolah.id");
    }

    @Test
    void canSearchStudentsForTextWithRegexCharacters() {
        projection.on(new UserRegisteredEvent("budi.s@sekolah.id", "Budi", Set.of(Role.SISWA), true, T0));
        projection.on(new UserRegisteredEvent("budixs@sekolah.id", "Budi X", Set.of(Role.SISWA), true, T0));

        assertThat(projection.handle(new FindStudentAccountsQuery("i.s@")))
                .extracting(StudentAccount::username).containsExactly("budi.s@sekolah.id");
    }

    @Test
    void canAnswerAtMostTwentyStudents() {
        IntStream.range(0, 25).forEach(i -> projection.on(new UserRegisteredEvent("siswa" + i + "@sekolah.id",
                "Siswa " + i, Set.of(Role.SISWA), true, T0)));

        List<StudentAccount> found = projection.handle(new FindStudentAccountsQuery("siswa"));

        assertThat(found).hasSize(UserAccountProjection.STUDENT_MATCHES).hasSize(20);
    }

    // --- personal data: the display name stays clear and is blanked on erasure ---

    @Test
    void canBlankTheNameOfAnErasedAccountAtOnceAndKeepTheAccount() {
        projection.on(new UserRegisteredEvent("budi@sekolah.id", "Budi Santoso", Set.of(Role.SISWA), true, T0));
        assertThat(projection.handle(new FindUserQuery("siti@sekolah.id")).orElseThrow().displayName())
                .isEqualTo("Siti");

        projection.on(PersonalDataFixture.erasedAccount("siti@sekolah.id"));

        UserView siti = projection.handle(new FindUserQuery("siti@sekolah.id")).orElseThrow();
        assertThat(siti).isEqualTo(new UserView("siti@sekolah.id", PersonalData.ERASED, Set.of(Role.SISWA), true, T0));
        assertThat(projection.handle(new FindStudentAccountsQuery("Siti"))).extracting(StudentAccount::displayName)
                .as("found by username still, never by the old name").containsExactly(PersonalData.ERASED);
        assertThat(projection.handle(new FindStudentAccountsQuery("Budi"))).extracting(StudentAccount::displayName)
                .containsExactly("Budi Santoso");
        assertThat(mongo.template().getCollection("user_accounts").find().into(new java.util.ArrayList<>()))
                .extracting(org.bson.Document::toJson).noneMatch(json -> json.contains("\"Siti\""));
    }

    @Test
    void cannotBringTheNameBackWhenReplayedAfterAnErasure() {
        PersonalDataErasedEvent erased = PersonalDataFixture.erasedAccount("siti@sekolah.id");
        projection.on(erased);

        projection.reset();
        projection.on(new UserRegisteredEvent("siti@sekolah.id", PersonalData.ERASED, Set.of(Role.SISWA), true, T0));
        projection.on(erased);

        assertThat(projection.handle(new FindUserQuery("siti@sekolah.id")).orElseThrow().displayName())
                .isEqualTo(PersonalData.ERASED);
    }

    @Test
    void canIgnoreTheErasureOfAPatientRecordOfTheSameId() {
        projection.on(new PersonalDataErasedEvent("ERASURE:PATIENT:siti@sekolah.id", SubjectKind.PATIENT,
                "siti@sekolah.id", "Surat 1", "Permintaan", "admin", T0));

        assertThat(projection.handle(new FindUserQuery("siti@sekolah.id")).orElseThrow().displayName())
                .isEqualTo("Siti");
    }
}
