package id.giliran.audit.query;

import id.giliran.api.audit.AccessKind;
import id.giliran.api.audit.AuditCursor;
import id.giliran.api.audit.AuditEntryKind;
import id.giliran.api.audit.AuditEntryView;
import id.giliran.api.audit.AuditTrailExportedEvent;
import id.giliran.api.audit.CommandOutcomeRecordedEvent;
import id.giliran.api.audit.FindAuditEntriesQuery;
import id.giliran.api.audit.LookupKey;
import id.giliran.api.audit.RecordAccessedEvent;
import id.giliran.api.audit.SecurityEventKind;
import id.giliran.api.audit.SecurityEventRecordedEvent;
import id.giliran.query.EmbeddedMongo;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Read accesses and exports in the trail, the filter by kind of entry, and reading the trail page by page. */
class AuditTrailKindsTest {

    static final Instant AT = Instant.parse("2026-11-23T02:00:00Z");

    private EmbeddedMongo mongo;
    private AuditTrailProjection projection;

    @BeforeEach
    void setUp() {
        mongo = new EmbeddedMongo();
        projection = new AuditTrailProjection(mongo.template(), Clock.system(ZoneId.of("Asia/Jakarta")));
        projection.on(new CommandOutcomeRecordedEvent("CallTicketCommand", "t-1", true, null, "ani@puskesmas.id",
                "PETUGAS_LOKET", "10.0.0.3", AT), "c1");
        projection.on(new SecurityEventRecordedEvent(SecurityEventKind.LOGIN, "ani@puskesmas.id", "10.0.0.3",
                AT.plusSeconds(1)), "s1");
        projection.on(new RecordAccessedEvent(AccessKind.PATIENT_SEARCH, null, LookupKey.NIK, 1, "ani@puskesmas.id",
                "PETUGAS_LOKET", "10.0.0.3", AT.plusSeconds(2)), "a1");
        projection.on(new RecordAccessedEvent(AccessKind.PATIENT, "p-42", null, null, "ani@puskesmas.id",
                "PETUGAS_LOKET", "10.0.0.3", AT.plusSeconds(3)), "a2");
        projection.on(new AuditTrailExportedEvent("jenis=ACCESS", "CSV", 2, "ab12", true, "audit@giliran.id",
                "AUDITOR", "10.0.0.8", AT.plusSeconds(4)), "x1");
        // an entry stored before entries had a kind: a report export
        mongo.template().getCollection("audit_entries").insertOne(new Document("_id", "old1")
                .append("at", Date.from(AT.minusSeconds(60))).append("username", "admin@giliran.id")
                .append("action", "ReportExported PERIOD PDF 2026-11-01 – 2026-11-22").append("succeeded", true));
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    private List<AuditEntryView> ofKind(AuditEntryKind kind) {
        return projection.handle(new FindAuditEntriesQuery(null, null, null, null, null, kind, null, 100));
    }

    @Test
    void aReadAccessSaysWhichKindOfRecordAndItsIdAndASearchOnlyItsKeyAndCount() {
        List<AuditEntryView> access = ofKind(AuditEntryKind.ACCESS);

        assertThat(access).extracting(AuditEntryView::entryId).containsExactly("a2", "a1");
        assertThat(access.get(0).action()).isEqualTo("RecordAccessed PATIENT");
        assertThat(access.get(0).aggregateId()).isEqualTo("p-42");
        assertThat(access.get(1).action()).isEqualTo("RecordAccessed PATIENT_SEARCH key=NIK results=1");
        assertThat(access.get(1).aggregateId()).isNull();
        assertThat(access).allSatisfy(entry -> assertThat(entry.kind()).isEqualTo(AuditEntryKind.ACCESS));
    }

    @Test
    void entriesAreFilteredByKindIncludingThoseStoredBeforeKindsExisted() {
        assertThat(ofKind(AuditEntryKind.CHANGE)).extracting(AuditEntryView::entryId).containsExactly("c1");
        assertThat(ofKind(AuditEntryKind.SECURITY)).extracting(AuditEntryView::entryId).containsExactly("s1");
        assertThat(ofKind(AuditEntryKind.EXPORT)).extracting(AuditEntryView::entryId).containsExactly("x1", "old1");
        AuditEntryView old = ofKind(AuditEntryKind.EXPORT).get(1);
        assertThat(old.kind()).isEqualTo(AuditEntryKind.EXPORT);
        AuditEntryView export = ofKind(AuditEntryKind.EXPORT).get(0);
        assertThat(export.action()).isEqualTo("AuditTrailExported CSV 2 rows [jenis=ACCESS]");
        assertThat(export.aggregateId()).as("the chain's digest, to match a file to its export").isEqualTo("ab12");
    }

    @Test
    void theTrailIsReadPageByPageWithoutLosingEntriesOfTheSameInstant() {
        for (int i = 0; i < 7; i++) {
            projection.on(new RecordAccessedEvent(AccessKind.REGISTRATION, "r-" + i, null, null, "ani@puskesmas.id",
                    "PETUGAS_LOKET", "10.0.0.3", AT.plusSeconds(10)), "same" + i);
        }
        FindAuditEntriesQuery first = new FindAuditEntriesQuery(null, null, null, null, null, null, null, 3);
        List<String> read = new ArrayList<>();
        List<AuditEntryView> page = projection.handle(first);
        while (!page.isEmpty()) {
            page.forEach(entry -> read.add(entry.entryId()));
            AuditEntryView last = page.get(page.size() - 1);
            page = projection.handle(first.after(new AuditCursor(last.at(), last.entryId()), 3));
        }

        assertThat(read).hasSize(13).doesNotHaveDuplicates()
                        .containsSubsequence("same6", "same5", "same0", "x1", "a2", "a1", "s1", "c1", "old1");
    }
}
