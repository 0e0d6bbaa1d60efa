package id.giliran.document.query;

import id.giliran.api.document.DocumentAttachedEvent;
import id.giliran.api.document.DocumentType;
import id.giliran.api.document.DocumentView;
import id.giliran.api.document.FindPatientDocumentsQuery;
import id.giliran.api.privacy.ErasePersonalDataCommand;
import id.giliran.api.privacy.PersonalData;
import id.giliran.api.privacy.PersonalDataErasedEvent;
import id.giliran.api.privacy.SubjectKind;
import id.giliran.api.privacy.SubjectRef;
import id.giliran.query.EmbeddedMongo;
import id.giliran.query.PersonalDataFixture;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class PatientDocumentProjectionTest {

    static final Instant T0 = Instant.parse("2026-11-22T01:00:00Z");

    private EmbeddedMongo mongo;
    private PersonalDataFixture privacy;
    private PatientDocumentProjection projection;

    @BeforeEach
    void setUp() {
        mongo = new EmbeddedMongo();
        privacy = new PersonalDataFixture(mongo.template());
        projection = new PatientDocumentProjection(mongo.template(), privacy.fields());
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Test
    void aPatientsDocumentsAreListedNewestFirstAndOnlyTheirs() {
        projection.on(new DocumentAttachedEvent("d1", "p1", DocumentType.KTP, "ktp.jpg", "image/jpeg", 120_000, "aa",
                "loket@giliran.id", T0));
        projection.on(new DocumentAttachedEvent("d2", "p1", DocumentType.KARTU_BPJS, "bpjs.pdf", "application/pdf",
                80_000, "bb", "loket@giliran.id", T0.plusSeconds(60)));
        projection.on(new DocumentAttachedEvent("d3", "p2", DocumentType.KK, "kk.png", "image/png", 90_000, "cc",
                "loket@giliran.id", T0));
        projection.on(new DocumentAttachedEvent("d2", "p1", DocumentType.KARTU_BPJS, "bpjs.pdf", "application/pdf",
                80_000, "bb", "loket@giliran.id", T0.plusSeconds(60)));

        assertThat(projection.handle(new FindPatientDocumentsQuery("p1"))).extracting(DocumentView::documentId)
                                                                          .containsExactly("d2", "d1");
    }

    private void scansOfSitiAndBudi() {
        projection.on(new DocumentAttachedEvent("d1", "p1", DocumentType.KTP, "KTP Siti Nurhaliza 3201015501900002.jpg",
                "image/jpeg", 120_000, "aa", "loket@giliran.id", T0));
        projection.on(new DocumentAttachedEvent("d2", "p1", DocumentType.KARTU_BPJS, "bpjs siti.pdf",
                "application/pdf", 80_000, "bb", "loket@giliran.id", T0.plusSeconds(60)));
        projection.on(new DocumentAttachedEvent("d3", "p2", DocumentType.KK, "kk budi.png", "image/png", 90_000, "cc",
                "loket@giliran.id", T0));
    }

    private String stored() {
        StringBuilder all = new StringBuilder();
        mongo.template().findAll(Document.class, "patient_documents").forEach(doc -> all.append(doc.toJson()));
        return all.toString();
    }

    private static PersonalDataErasedEvent erasure(String patientId) {
        return new PersonalDataErasedEvent(ErasePersonalDataCommand.idOf(SubjectKind.PATIENT, patientId),
                SubjectKind.PATIENT, patientId, "Surat 12/2026", "Permintaan ahli waris", "admin@puskesmas.id",
                T0.plusSeconds(3600));
    }

    @Test
    void fileNamesAreKeptSealedAndShownOpened() {
        scansOfSitiAndBudi();
        assertThat(stored()).doesNotContain("Siti", "siti", "3201015501900002", "budi").contains("gpd1:", "image/jpeg");
        assertThat(projection.handle(new FindPatientDocumentsQuery("p1"))).extracting(DocumentView::fileName)
                .containsExactly("bpjs siti.pdf", "KTP Siti Nurhaliza 3201015501900002.jpg");
    }

    @Test
    void erasureBlanksThePatientsFileNamesAndKeepsWhatTheScansAre() {
        scansOfSitiAndBudi();
        privacy.keys().erase(SubjectRef.patient("p1"));
        assertThat(projection.handle(new FindPatientDocumentsQuery("p1"))).extracting(DocumentView::fileName)
                .as("at once").containsOnly(PersonalData.ERASED);
        projection.on(erasure("p1"));

        assertThat(projection.handle(new FindPatientDocumentsQuery("p1")))
                .extracting(DocumentView::documentId, DocumentView::type, DocumentView::fileName,
                        DocumentView::sizeBytes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("d2", DocumentType.KARTU_BPJS, PersonalData.ERASED,
                                80_000L),
                        org.assertj.core.groups.Tuple.tuple("d1", DocumentType.KTP, PersonalData.ERASED, 120_000L));
        assertThat(projection.handle(new FindPatientDocumentsQuery("p2"))).extracting(DocumentView::fileName)
                                                                          .containsExactly("kk budi.png");
        String live = stored();
        assertThat(mongo.template().findById("d1", Document.class, "patient_documents").toJson())
                .doesNotContain("gpd1:");

        // a replay: Siti's file names read [dihapus] from her events
        long keys = mongo.template().getCollection("personal_data_keys").countDocuments();
        projection.reset();
        projection.on(new DocumentAttachedEvent("d1", "p1", DocumentType.KTP, PersonalData.ERASED, "image/jpeg",
                120_000, "aa", "loket@giliran.id", T0));
        projection.on(new DocumentAttachedEvent("d2", "p1", DocumentType.KARTU_BPJS, PersonalData.ERASED,
                "application/pdf", 80_000, "bb", "loket@giliran.id", T0.plusSeconds(60)));
        projection.on(new DocumentAttachedEvent("d3", "p2", DocumentType.KK, "kk budi.png", "image/png", 90_000, "cc",
                "loket@giliran.id", T0));
        projection.on(erasure("p1"));
        assertThat(stored().replaceAll("gpd1:[^\"]*", "")).isEqualTo(live.replaceAll("gpd1:[^\"]*", ""));
        assertThat(mongo.template().getCollection("personal_data_keys").countDocuments()).isEqualTo(keys);
    }
}
