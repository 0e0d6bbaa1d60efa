package id.giliran.audit.query;

import id.giliran.api.audit.AuditEntryView;
import id.giliran.api.audit.CommandOutcomeRecordedEvent;
import id.giliran.api.audit.FindAuditEntriesQuery;
import id.giliran.api.audit.SecurityEventKind;
import id.giliran.api.audit.SecurityEventRecordedEvent;
import id.giliran.query.EmbeddedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class AuditTrailProjectionTest {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    // 23:30 on the 22nd and 00:30 on the 23rd in Jakarta (UTC+7)
    static final Instant LATE_ON_22ND = Instant.parse("2026-11-22T16:30:00Z");
    static final Instant EARLY_ON_23RD = Instant.parse("2026-11-22T17:30:00Z");

    private EmbeddedMongo mongo;
    private AuditTrailProjection projection;

    @BeforeEach
    void setUp() {
        mongo = new EmbeddedMongo();
        projection = new AuditTrailProjection(mongo.template(), Clock.system(JAKARTA));
        projection.on(new CommandOutcomeRecordedEvent("IssueTicketCommand", "A@2026-11-22", true, null, "anonymous", "",
                "10.0.0.9", LATE_ON_22ND), "e1");
        projection.on(new CommandOutcomeRecordedEvent("CallTicketCommand", "t-1", false, "TICKET_NOT_WAITING",
                "ani@puskesmas.id", "PETUGAS_LOKET", "10.0.0.3", EARLY_ON_23RD), "e2");
        projection.on(new SecurityEventRecordedEvent(SecurityEventKind.LOGIN_FAILED, "ani@puskesmas.id", "10.0.0.3",
                EARLY_ON_23RD.plusSeconds(5)), "e3");
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    private java.util.List<AuditEntryView> find(String user, String action, LocalDate from, LocalDate to, String aggregate) {
        return projection.handle(new FindAuditEntriesQuery(user, action, from, to, aggregate, 100));
    }

    @Test
    void entriesComeNewestFirstWithWhoWhatWhereAndTheOutcome() {
        var entries = find(null, null, null, null, null);

        assertThat(entries).extracting(AuditEntryView::entryId).containsExactly("e3", "e2", "e1");
        AuditEntryView call = entries.get(1);
        assertThat(call.username()).isEqualTo("ani@puskesmas.id");
        assertThat(call.roles()).isEqualTo("PETUGAS_LOKET");
        assertThat(call.clientAddress()).isEqualTo("10.0.0.3");
        assertThat(call.aggregateId()).isEqualTo("t-1");
        assertThat(call.succeeded()).isFalse();
        assertThat(call.errorCode()).isEqualTo("TICKET_NOT_WAITING");
        assertThat(entries.get(0).succeeded()).isFalse();
        assertThat(entries.get(0).action()).isEqualTo("LOGIN_FAILED");
    }

    @Test
    void entriesAreFilteredByUserActionAggregateAndDayInThePuskesmasZone() {
        assertThat(find("ani@puskesmas.id", null, null, null, null)).extracting(AuditEntryView::entryId)
                                                                    .containsExactly("e3", "e2");
        assertThat(find(null, "ticket", null, null, null)).extracting(AuditEntryView::entryId)
                                                          .containsExactly("e2", "e1");
        assertThat(find(null, null, null, null, "t-1")).extracting(AuditEntryView::entryId).containsExactly("e2");
        LocalDate the22nd = LocalDate.of(2026, 11, 22);
        assertThat(find(null, null, the22nd, the22nd, null)).extracting(AuditEntryView::entryId).containsExactly("e1");
        assertThat(find(null, null, the22nd.plusDays(1), null, null)).extracting(AuditEntryView::entryId)
                                                                      .containsExactly("e3", "e2");
    }

    @Test
    void recordingTheSameEventTwiceKeepsOneEntry() {
        projection.on(new SecurityEventRecordedEvent(SecurityEventKind.LOGOUT, "ani@puskesmas.id", "10.0.0.3",
                EARLY_ON_23RD.plusSeconds(60)), "e4");
        projection.on(new SecurityEventRecordedEvent(SecurityEventKind.LOGOUT, "ani@puskesmas.id", "10.0.0.3",
                EARLY_ON_23RD.plusSeconds(60)), "e4");

        assertThat(find(null, "LOGOUT", null, null, null)).hasSize(1);
    }

    @Test
    void savedBpjsSettingsShowWhoChangedWhichSettingsWithoutValues() {
        projection.on(new id.giliran.api.bpjs.BpjsSettingsChangedEvent("admin@giliran.id",
                java.util.List.of("consumerId", "password"), EARLY_ON_23RD.plusSeconds(90)), "e5");

        AuditEntryView entry = find(null, "BpjsSettings", null, null, null).get(0);
        assertThat(entry.username()).isEqualTo("admin@giliran.id");
        assertThat(entry.action()).isEqualTo("BpjsSettingsChanged consumerId, password");
        assertThat(entry.succeeded()).isTrue();
    }

    @Test
    void anExportShowsWhoExportedWhichReportForWhichPeriod() {
        projection.on(new id.giliran.api.audit.ReportExportedEvent("PERIOD", "XLSX", java.time.LocalDate.of(2026, 11, 1),
                java.time.LocalDate.of(2026, 11, 23), "admin@giliran.id", "ADMIN", "10.0.0.7",
                EARLY_ON_23RD.plusSeconds(120)), "e6");

        AuditEntryView entry = find(null, "ReportExported", null, null, null).get(0);
        assertThat(entry.username()).isEqualTo("admin@giliran.id");
        assertThat(entry.clientAddress()).isEqualTo("10.0.0.7");
        assertThat(entry.action()).isEqualTo("ReportExported PERIOD XLSX 2026-11-01 – 2026-11-23");
    }

    @Test
    void removedDeadLettersShowWhoRemovedWhichAndWhy() {
        projection.on(new id.giliran.api.operations.DeadLettersEvictedEvent("statistics", "t-17", 2,
                "peristiwa rusak, sudah diperbaiki manual", "admin@giliran.id", EARLY_ON_23RD.plusSeconds(150)), "e7");

        AuditEntryView entry = find(null, "DeadLettersEvicted", null, null, null).get(0);
        assertThat(entry.username()).isEqualTo("admin@giliran.id");
        assertThat(entry.aggregateId()).isEqualTo("t-17");
        assertThat(entry.action()).isEqualTo("DeadLettersEvicted statistics 2 event(s): peristiwa rusak, sudah diperbaiki manual");
    }

    /** #15: a sign-in the throttle refused shows as refused, with the brake that refused it as the action. */
    @Test
    void aThrottledSignInIsARefusalNamedByItsBrake() {
        projection.on(new SecurityEventRecordedEvent(SecurityEventKind.SIGN_IN_DELAYED, "ani@puskesmas.id", "10.0.0.3",
                EARLY_ON_23RD.plusSeconds(9)), "e4");

        var entries = find("ani@puskesmas.id", "SIGN_IN_DELAYED", null, null, null);

        assertThat(entries).extracting(AuditEntryView::entryId).containsExactly("e4");
        assertThat(entries.get(0).succeeded()).isFalse();
        assertThat(entries.get(0).clientAddress()).isEqualTo("10.0.0.3");
    }
}
