package id.giliran.erasure.query;

import id.giliran.api.identity.Role;
import id.giliran.api.identity.UserRegisteredEvent;
import id.giliran.api.identity.UserRolesAssignedEvent;
import id.giliran.api.patient.BloodType;
import id.giliran.api.patient.MaritalStatus;
import id.giliran.api.patient.PatientDetails;
import id.giliran.api.patient.PatientRegisteredEvent;
import id.giliran.api.patient.Sex;
import id.giliran.api.privacy.ErasePersonalDataCommand;
import id.giliran.api.privacy.ErasureView;
import id.giliran.api.privacy.FindErasuresQuery;
import id.giliran.api.privacy.PersonalDataErasedEvent;
import id.giliran.api.privacy.SubjectKind;
import id.giliran.query.EmbeddedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The list of erasures against the embedded MongoDB: newest first, each subject named without personal data. */
class ErasureProjectionTest {

    static final Instant T0 = Instant.parse("2026-11-22T01:00:00Z");

    private EmbeddedMongo mongo;
    private ErasureProjection projection;

    @BeforeEach
    void setUp() {
        mongo = new EmbeddedMongo();
        projection = new ErasureProjection(mongo.template());
        projection.on(new PatientRegisteredEvent("p-1", "RM-000123", new PatientDetails("3201015501900002",
                "Siti Aminah", "Jember", LocalDate.of(1990, 1, 15), Sex.PEREMPUAN, "Jl. Mawar 3", "001/002",
                "Gladak Pakem", "Kaliwates", "Jember", "+6281234567890", BloodType.O, MaritalStatus.KAWIN, null, null,
                null), null, "loket@giliran.id", T0.minusSeconds(86_400 * 9_500L)));
        projection.on(new UserRegisteredEvent("budi@sekolah.id", "Budi Santoso", Set.of(Role.SISWA), true, T0));
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    private static PersonalDataErasedEvent erased(SubjectKind kind, String subjectId, Instant at) {
        return new PersonalDataErasedEvent(ErasePersonalDataCommand.idOf(kind, subjectId), kind, subjectId,
                "Surat 014/XI/2026", "Permintaan subjek data", "admin@giliran.id", at);
    }

    @Test
    void erasuresAreListedNewestFirstWithTheirRequestAndWhoErased() {
        projection.on(erased(SubjectKind.PATIENT, "p-1", T0));
        projection.on(erased(SubjectKind.ACCOUNT, "budi@sekolah.id", T0.plusSeconds(60)));

        assertThat(projection.handle(new FindErasuresQuery(10))).containsExactly(
                new ErasureView("ERASURE:ACCOUNT:budi@sekolah.id", SubjectKind.ACCOUNT, "budi@sekolah.id",
                        "budi@sekolah.id (SISWA)", "Surat 014/XI/2026", "Permintaan subjek data", "admin@giliran.id",
                        T0.plusSeconds(60)),
                new ErasureView("ERASURE:PATIENT:p-1", SubjectKind.PATIENT, "p-1", "RM-000123", "Surat 014/XI/2026",
                        "Permintaan subjek data", "admin@giliran.id", T0));
    }

    @Test
    void anAccountIsNamedWithTheRolesItHadWhenErased() {
        projection.on(new UserRolesAssignedEvent("budi@sekolah.id", Set.of(Role.SISWA, Role.PASIEN)));
        projection.on(erased(SubjectKind.ACCOUNT, "budi@sekolah.id", T0));

        assertThat(projection.handle(new FindErasuresQuery(10))).extracting(ErasureView::subjectLabel)
                                                                 .containsExactly("budi@sekolah.id (PASIEN, SISWA)");
    }

    @Test
    void noNameNikOrPhoneIsKeptAnywhereInTheReadModel() {
        projection.on(erased(SubjectKind.PATIENT, "p-1", T0));
        projection.on(erased(SubjectKind.ACCOUNT, "budi@sekolah.id", T0));

        String stored = mongo.template().getCollectionNames().stream()
                .flatMap(collection -> mongo.template().findAll(org.bson.Document.class, collection).stream())
                .map(org.bson.Document::toJson).reduce("", String::concat);
        assertThat(stored).contains("RM-000123")
                          .doesNotContain("Siti", "Aminah", "3201015501900002", "6281234567890", "Budi Santoso");
    }

    @Test
    void theListIsLimited() {
        for (int i = 0; i < 5; i++) {
            projection.on(erased(SubjectKind.ACCOUNT, "siswa" + i + "@sekolah.id", T0.plusSeconds(i)));
        }

        assertThat(projection.handle(new FindErasuresQuery(3))).extracting(ErasureView::subjectId)
                .containsExactly("siswa4@sekolah.id", "siswa3@sekolah.id", "siswa2@sekolah.id");
    }

    @Test
    void aResetEmptiesTheList() {
        projection.on(erased(SubjectKind.PATIENT, "p-1", T0));

        projection.reset();

        assertThat(projection.handle(new FindErasuresQuery(10))).isEmpty();
    }
}
