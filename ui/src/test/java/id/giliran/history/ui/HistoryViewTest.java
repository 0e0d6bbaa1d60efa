package id.giliran.history.ui;

import com.vaadin.flow.component.UI;
import id.giliran.api.audit.AuditEntryView;
import id.giliran.api.audit.FindAuditEntriesQuery;
import id.giliran.api.history.RecordKind;
import id.giliran.api.history.StateField;
import id.giliran.api.history.TimelineEntry;
import id.giliran.api.identity.Caller;
import id.giliran.api.identity.Role;
import id.giliran.api.masterdata.CounterView;
import id.giliran.api.queue.PaymentType;
import id.giliran.api.queue.TicketCategory;
import id.giliran.api.queue.TicketView;
import id.giliran.audit.recording.AuditRecorder;
import id.giliran.audit.ui.AuditService;
import id.giliran.queue.ui.KioskService;
import id.giliran.queue.ui.TicketRequest;
import id.giliran.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "Riwayat peristiwa" as an auditor uses it: a ticket taken at the kiosk and called at the loket is
 * found by its number, its timeline names each step, who took it and which command; its state just
 * before the call was "waiting"; bad input is told in Indonesian; the stream pages on.
 */
class HistoryViewTest extends KaribuTest {

    @Autowired
    KioskService kiosk;
    @Autowired
    Clock clock;
    @Autowired
    AuditRecorder auditRecorder;
    @Autowired
    AuditService auditService;

    private TicketView takeAndCallATicket() throws InterruptedException {
        await().pollInSameThread().until(() -> masterData.counters().size() == 2);
        callEveryWaitingTicket();
        TicketView ticket = kiosk.takeTicket(new TicketRequest(TicketCategory.GENERAL, null, PaymentType.UMUM, "UMUM"));
        // the call a second later, so "a moment before the call" can be picked to the second
        Thread.sleep(1_100);
        signIn("loket@giliran.id", Role.PETUGAS_LOKET);
        CounterView counter = masterData.counters().get(0);
        assertThat(calling.callNext(counter)).map(TicketView::ticketId).contains(ticket.ticketId());
        return ticket;
    }

    private TimelineView findTicket(TicketView ticket) {
        signIn("auditor@giliran.id", Role.AUDITOR);
        UI.getCurrent().navigate(HistoryView.class);
        HistoryView view = (HistoryView) UI.getCurrent().getCurrentView();
        view.kind.setValue(RecordKind.TICKET);
        view.text.setValue(ticket.number());
        view.date.setValue(ticket.serviceDate());
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> {
            view.find();
            return UI.getCurrent().getCurrentView() instanceof TimelineView;
        });
        return (TimelineView) UI.getCurrent().getCurrentView();
    }

    @Test
    void anAuditorFindsTodaysTicketAndReadsItsTimelineAndItsStateBeforeTheCall() throws Exception {
        TicketView ticket = takeAndCallATicket();

        TimelineView timeline = findTicket(ticket);

        assertThat(timeline.title.getText()).contains("Ticket", ticket.ticketId());
        List<TimelineEntry> entries = _findAll(timeline.entries);
        assertThat(entries).extracting(TimelineEntry::eventType).contains("TicketIssuedEvent", "TicketCalledEvent");
        TimelineEntry issued = entries.stream().filter(entry -> entry.eventType().equals("TicketIssuedEvent")).findFirst()
                                      .orElseThrow();
        TimelineEntry called = entries.stream().filter(entry -> entry.eventType().equals("TicketCalledEvent")).findFirst()
                                      .orElseThrow();
        assertThat(issued.username()).isEqualTo(Caller.ANONYMOUS);
        assertThat(issued.command()).isEqualTo("IssueTicketCommand");
        assertThat(called.username()).isEqualTo("loket@giliran.id");
        assertThat(called.roles()).isEqualTo("PETUGAS_LOKET");
        assertThat(called.clientAddress()).isNotBlank();
        assertThat(called.command()).isEqualTo("CallNextTicketCommand");
        assertThat(EventLabels.of(timeline, called)).isEqualTo("Nomor dipanggil ke Loket "
                + masterData.counters().get(0).number());
        assertThat(EventLabels.of(timeline, issued)).isEqualTo("Nomor antrean diambil di kios");

        ZoneId zone = clock.getZone();
        // the first whole second after the ticket was taken: before the call (made more than a second later)
        LocalDateTime beforeTheCall = LocalDateTime.ofInstant(issued.at(), zone).truncatedTo(ChronoUnit.SECONDS)
                                                   .plusSeconds(1);
        assertThat(beforeTheCall.atZone(zone).toInstant()).isBefore(called.at());
        timeline.asOf.setValue(beforeTheCall);
        timeline.showState();

        assertThat(timeline.state.isVisible()).isTrue();
        List<StateField> fields = _findAll(timeline.state);
        assertThat(fields).contains(new StateField("status", "WAITING", "CALLED", true));
        assertThat(fields).anySatisfy(field -> {
            assertThat(field.name()).isEqualTo("ticketId");
            assertThat(field.changed()).isFalse();
        });
        assertThat(timeline.stateSummary.getText()).contains("peristiwa sudah terjadi");
        // instants read in the Puskesmas' zone
        assertThat(HistoryView.shown(called.at().toString(), zone))
                .isEqualTo(HistoryView.WHEN.format(called.at().atZone(zone)));
        assertThat(HistoryView.shown(null, zone)).isEqualTo("—");
    }

    @Test
    void aStateInTheFutureAndAnUnknownTicketAreToldInIndonesian() throws Exception {
        TicketView ticket = takeAndCallATicket();
        TimelineView timeline = findTicket(ticket);

        timeline.asOf.setValue(LocalDateTime.now(clock).plusDays(1));
        timeline.showState();
        expectNotifications("Waktu itu belum terjadi; pilih waktu sampai sekarang.");
        assertThat(timeline.state.isVisible()).isFalse();

        UI.getCurrent().navigate(HistoryView.class);
        HistoryView view = (HistoryView) UI.getCurrent().getCurrentView();
        view.text.setValue("Z-999");
        view.find();
        expectNotifications("Catatan itu tidak ditemukan. Periksa jenis, nomor dan tanggalnya.");
        view.text.clear();
        view.find();
        expectNotifications("Isi yang dicari (dan tanggalnya untuk nomor antrean).");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(HistoryView.class);

        UI.getCurrent().navigate(TimelineView.class, "tidak-ada-catatan-ini");
        expectNotifications("Catatan itu tidak ditemukan. Periksa jenis, nomor dan tanggalnya.");
        TimelineView unknown = (TimelineView) UI.getCurrent().getCurrentView();
        assertThat(unknown.showState.isEnabled()).isFalse();
        assertThat(unknown.exportLinks.getComponentCount()).isZero();
    }

    @Test
    void theStreamIsBrowsedByRangeTypeAndUserAndBadRangesAreRefused() throws Exception {
        TicketView ticket = takeAndCallATicket();
        signIn("admin@giliran.id", Role.ADMIN);
        UI.getCurrent().navigate(HistoryView.class);
        HistoryView view = (HistoryView) UI.getCurrent().getCurrentView();

        view.eventType.setValue("TicketCalledEvent");
        view.user.setValue("loket@giliran.id");
        view.browse(null);
        List<TimelineEntry> shown = _findAll(view.events);
        assertThat(shown).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry.eventType()).isEqualTo("TicketCalledEvent");
            assertThat(entry.username()).isEqualTo("loket@giliran.id");
            assertThat(entry.position()).isNotNull();
        });
        assertThat(shown).anySatisfy(entry -> assertThat(entry.aggregateId()).isEqualTo(ticket.ticketId()));
        assertThat(shown).extracting(TimelineEntry::position).isSorted();

        LocalDate today = LocalDate.now(clock);
        view.from.setValue(today.atTime(12, 0));
        view.to.setValue(today.atTime(11, 0));
        view.browse(null);
        expectNotifications("Waktu akhir tidak boleh sebelum waktu mulai.");
        view.from.setValue(today.minusDays(40).atStartOfDay());
        view.to.setValue(today.atStartOfDay());
        view.browse(null);
        expectNotifications("Rentang waktu paling lama 31 hari; persempit rentangnya.");
        view.from.clear();
        view.browse(null);
        expectNotifications("Isi waktu mulai dan waktu akhir.");
    }

    @Test
    void aTimelineExportIsRecordedInTheAuditTrail() {
        signIn("auditor@giliran.id", Role.AUDITOR);
        auditRecorder.timelineExported(new Caller("auditor@giliran.id", Set.of(Role.AUDITOR), "10.1.2.3"), "t-export",
                "CSV", 3, "ab".repeat(32));

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(auditService.find(
                new FindAuditEntriesQuery(null, "TimelineExported", null, null, "t-export", 10)))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.username()).isEqualTo("auditor@giliran.id");
                    assertThat(entry.clientAddress()).isEqualTo("10.1.2.3");
                    assertThat(entry.action()).contains("CSV", "ab".repeat(32));
                }));
    }
}
