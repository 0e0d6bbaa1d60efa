package id.giliran.history.command;

import id.giliran.api.history.BrowseEventsQuery;
import id.giliran.api.history.EventPage;
import id.giliran.api.history.HistoryRules;
import id.giliran.api.history.TimelineEntry;
import id.giliran.api.identity.Caller;
import id.giliran.api.identity.Role;
import id.giliran.api.queue.PaymentType;
import id.giliran.api.queue.TicketCalledEvent;
import id.giliran.api.queue.TicketCategory;
import id.giliran.api.queue.TicketIssuedEvent;
import id.giliran.api.queue.TicketNumber;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.queryhandling.QueryExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Browsing the whole stream: range, type and user filters, pages continued from the last global position. */
class EventBrowserTest {

    static final Instant START = Instant.parse("2026-11-30T01:00:00Z");
    static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    private EmbeddedEventStore eventStore;
    private EventBrowser browser;

    @BeforeEach
    void setUp() {
        eventStore = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        browser = new EventBrowser(eventStore);
        Caller kiosk = new Caller(Caller.ANONYMOUS, Set.of(), "10.0.0.9");
        Caller loket = new Caller("loket@giliran.id", Set.of(Role.PETUGAS_LOKET), "10.0.0.3");
        // ten tickets a minute apart, each issued at the kiosk and called by the loket half a minute later
        for (int i = 1; i <= 10; i++) {
            Instant issued = START.plus(Duration.ofMinutes(i));
            TicketNumber number = new TicketNumber("A", i);
            eventStore.publish(new GenericDomainEventMessage<>("Ticket", "t-" + i, 0, new TicketIssuedEvent("t-" + i, DAY,
                    number, TicketCategory.GENERAL, null, PaymentType.UMUM, "UMUM", issued), kiosk.toMetaData(), "i" + i, issued));
            eventStore.publish(new GenericDomainEventMessage<>("Ticket", "t-" + i, 1, new TicketCalledEvent("t-" + i, DAY,
                    number, "loket-1", 1, issued.plusSeconds(30)), loket.toMetaData(), "c" + i, issued.plusSeconds(30)));
        }
    }

    @AfterEach
    void tearDown() {
        eventStore.shutDown();
    }

    private EventPage page(Instant from, Instant to, String type, String user, Long after, int size) throws Exception {
        return browser.handle(new BrowseEventsQuery(from, to, type, user, after, size));
    }

    @Test
    void pagesFollowEachOtherByGlobalPositionWithoutGapsOrRepeats() throws Exception {
        List<TimelineEntry> seen = new ArrayList<>();
        Long after = null;
        int pages = 0;
        do {
            EventPage page = page(START, START.plus(Duration.ofHours(1)), null, null, after, 6);
            seen.addAll(page.entries());
            after = page.nextAfter();
            pages++;
        } while (after != null);

        assertThat(seen).hasSize(20);
        assertThat(pages).isEqualTo(4);
        assertThat(seen).extracting(TimelineEntry::position).doesNotHaveDuplicates().isSorted();
        assertThat(seen.get(0).aggregateId()).isEqualTo("t-1");
        assertThat(seen.get(0).eventType()).isEqualTo("TicketIssuedEvent");
        assertThat(seen.get(19).aggregateId()).isEqualTo("t-10");
    }

    @Test
    void onlyTheRangeTheTypeAndTheUserAskedFor() throws Exception {
        // minutes 3 to 5 (inclusive), only calls
        EventPage calls = page(START.plus(Duration.ofMinutes(3)), START.plus(Duration.ofMinutes(5)).plusSeconds(30),
                "TicketCalledEvent", null, null, 50);
        assertThat(calls.entries()).extracting(TimelineEntry::aggregateId).containsExactly("t-3", "t-4", "t-5");
        assertThat(calls.nextAfter()).isNull();

        EventPage byLoket = page(START, START.plus(Duration.ofHours(1)), null, "LOKET@giliran.id", null, 50);
        assertThat(byLoket.entries()).hasSize(10).allSatisfy(entry -> {
            assertThat(entry.username()).isEqualTo("loket@giliran.id");
            assertThat(entry.clientAddress()).isEqualTo("10.0.0.3");
        });
    }

    @Test
    void aRangeWithNothingInItIsAnEmptyLastPage() throws Exception {
        EventPage page = page(START.minus(Duration.ofDays(2)), START.minus(Duration.ofDays(1)), null, null, null, 10);

        assertThat(page.entries()).isEmpty();
        assertThat(page.nextAfter()).isNull();
    }

    @Test
    void reversedMissingOrTooWideRangesAndBadPageSizesAreRefusedWithTheirCodes() {
        assertRefused(new BrowseEventsQuery(START, START.minusSeconds(1), null, null, null, 10), HistoryRules.RANGE_REVERSED);
        assertRefused(new BrowseEventsQuery(null, START, null, null, null, 10), HistoryRules.RANGE_MISSING);
        assertRefused(new BrowseEventsQuery(START, START.plus(Duration.ofDays(HistoryRules.MAX_RANGE_DAYS + 1)), null, null,
                null, 10), HistoryRules.RANGE_TOO_WIDE);
        assertRefused(new BrowseEventsQuery(START, START.plusSeconds(60), null, null, null, 0), HistoryRules.PAGE_SIZE_INVALID);
        assertRefused(new BrowseEventsQuery(START, START.plusSeconds(60), null, null, null, HistoryRules.MAX_PAGE_SIZE + 1),
                HistoryRules.PAGE_SIZE_INVALID);
    }

    private void assertRefused(BrowseEventsQuery query, String code) {
        assertThatThrownBy(() -> browser.handle(query))
                .isInstanceOf(QueryExecutionException.class)
                .satisfies(failure -> assertThat(((QueryExecutionException) failure).getDetails()).contains(code));
    }
}
