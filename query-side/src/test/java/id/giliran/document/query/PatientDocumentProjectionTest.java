package id.giliran.document.query;

import id.giliran.api.document.DocumentAttachedEvent;
import id.giliran.api.document.DocumentType;
import id.giliran.api.document.DocumentView;
import id.giliran.api.document.FindPatientDocumentsQuery;
import id.giliran.query.EmbeddedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class PatientDocumentProjectionTest {

    static final Instant T0 = Instant.parse("2026-11-22T01:00:00Z");

    private EmbeddedMongo mongo;
    private PatientDocumentProjection projection;

    @BeforeEach
    void setUp() {
        mongo = new EmbeddedMongo();
        projection = new PatientDocumentProjection(mongo.template());
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
}
