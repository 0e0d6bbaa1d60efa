package id.giliran.queue;

import org.junit.jupiter.api.extension.ExtendWith;
import id.giliran.AsTheApplication;
import id.giliran.identity.security.Callers;
import id.giliran.GiliranSpringTest;
import id.giliran.api.masterdata.CounterView;
import id.giliran.api.masterdata.ConfigureClinicCommand;
import id.giliran.api.queue.CallingTurnTakenEvent;
import id.giliran.api.queue.ClinicTicketCount;
import id.giliran.api.queue.FindClinicTicketCountsQuery;
import id.giliran.infrastructure.ErrorCodes;
import id.giliran.api.queue.ConfigureQueueCommand;
import id.giliran.api.queue.FindCallCandidatesQuery;
import id.giliran.api.queue.PriorityRatio;
import id.giliran.api.queue.BookTicketCommand;
import id.giliran.api.queue.IssueTicketCommand;
import id.giliran.api.queue.PaymentType;
import id.giliran.api.queue.PriorityReason;
import id.giliran.api.queue.TicketCategory;
import id.giliran.api.queue.TicketNumber;
import id.giliran.api.queue.TicketView;
import id.giliran.masterdata.ui.MasterDataService;
import id.giliran.queue.ui.CallingService;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The set-based queue rules under concurrency, on the whole application: many kiosks issuing at
 * once get unique, gapless numbers per prefix; two counters calling at once never get the same
 * ticket. Prints its figures.
 */
@GiliranSpringTest
@ExtendWith(AsTheApplication.class)
class QueueConcurrencyIT {

    static final int TICKETS = 200;
    static final int THREADS = 16;

    @Autowired
    CommandGateway commandGateway;
    @Autowired
    QueryGateway queryGateway;
    @Autowired
    CallingService calling;
    @Autowired
    MasterDataService masterData;
    @Autowired
    Clock clock;
    @Autowired
    EventStore eventStore;

    @BeforeEach
    void masterDataIsThere() {
        await().atMost(Duration.ofSeconds(30)).until(() -> masterData.counters().size() == 2);
    }

    @Test
    void manyKiosksAtOnceGetUniqueGaplessNumbersPerPrefix() throws Exception {
        // kiosk tickets are for today; other tests of this context may have numbered some already
        LocalDate day = LocalDate.now(clock);
        Set<String> ticketIds = java.util.concurrent.ConcurrentHashMap.newKeySet();
        ExecutorService kiosks = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<TicketNumber>> issued = new ArrayList<>();
        for (int i = 0; i < TICKETS; i++) {
            boolean priority = i % 2 == 0;
            IssueTicketCommand command = priority
                    ? new IssueTicketCommand(UUID.randomUUID().toString(), day, "P", TicketCategory.PRIORITY,
                    PriorityReason.LANSIA, PaymentType.BPJS, "UMUM")
                    : new IssueTicketCommand(UUID.randomUUID().toString(), day, "A", TicketCategory.GENERAL, null,
                    PaymentType.UMUM, "UMUM");
            ticketIds.add(command.ticketId());
            issued.add(kiosks.submit(() -> {
                start.await();
                return Callers.asSystem(() -> commandGateway.<TicketNumber>sendAndWait(command));
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        List<TicketNumber> numbers = new ArrayList<>();
        for (Future<TicketNumber> number : issued) {
            numbers.add(number.get());
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        kiosks.shutdown();

        Map<String, List<Integer>> byPrefix = numbers.stream().collect(Collectors.groupingBy(TicketNumber::prefix,
                Collectors.mapping(TicketNumber::sequence, Collectors.toList())));
        assertGapless(byPrefix.get("P"), TICKETS / 2);
        assertGapless(byPrefix.get("A"), TICKETS / 2);

        // the read model agrees once it has caught up
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            List<TicketView> waiting = queryGateway.query(new FindCallCandidatesQuery(day, TICKETS * 2),
                    ResponseTypes.multipleInstancesOf(TicketView.class)).join();
            List<TicketView> ours = waiting.stream().filter(ticket -> ticketIds.contains(ticket.ticketId())).toList();
            assertThat(ours).hasSize(TICKETS);
            assertThat(ours.stream().map(TicketView::number).distinct()).hasSize(TICKETS);
        });
        System.out.printf("[figures] %d tickets from %d threads over 2 prefixes: %.2f s, %.0f tickets/s; "
                        + "P %s and A %s, no gaps, no duplicates%n",
                TICKETS, THREADS, seconds, TICKETS / seconds, range(byPrefix.get("P")), range(byPrefix.get("A")));
    }

    @Test
    void twoCountersCallingAtOnceNeverGetTheSameTicket() throws Exception {
        List<CounterView> counters = masterData.counters();
        while (calling.callNext(counters.get(0)).isPresent()) {
            // start from an empty queue today
        }
        LocalDate today = LocalDate.now(clock);
        int waitingTickets = 40;
        List<String> ticketIds = IntStream.range(0, waitingTickets).mapToObj(i -> UUID.randomUUID().toString()).toList();
        for (int i = 0; i < waitingTickets; i++) {
            commandGateway.sendAndWait(i % 3 == 0
                    ? new IssueTicketCommand(ticketIds.get(i), today, "P", TicketCategory.PRIORITY,
                    PriorityReason.DISABILITAS, PaymentType.BPJS, "GIGI")
                    : new IssueTicketCommand(ticketIds.get(i), today, "B", TicketCategory.GENERAL, null,
                    PaymentType.BPJS, "GIGI"));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> calling.waiting(100).size() == waitingTickets);

        long began = System.nanoTime();
        List<List<TicketView>> calledPerCounter = callUntilNobodyWaits(counters);
        double seconds = (System.nanoTime() - began) / 1e9;
        int first = calledPerCounter.get(0).size();
        int second = calledPerCounter.get(1).size();
        Map<String, Integer> calledBy = new java.util.HashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (int desk = 0; desk < counters.size(); desk++) {
            for (TicketView called : calledPerCounter.get(desk)) {
                if (calledBy.putIfAbsent(called.ticketId(), counters.get(desk).number()) != null) {
                    duplicates.add(called.number());
                }
            }
        }

        assertThat(duplicates).isEmpty();
        assertThat(first + second).isEqualTo(waitingTickets);
        assertThat(calledBy.keySet()).containsExactlyInAnyOrderElementsOf(ticketIds);
        assertThat(first).isPositive();
        assertThat(second).isPositive();
        System.out.printf("[figures] %d tickets called by 2 counters at once in %.2f s: %d by Loket %d, %d by Loket %d, "
                        + "0 called twice%n", waitingTickets, seconds, first, counters.get(0).number(), second,
                counters.get(1).number());
    }

    @Test
    void twoCountersCallingAtOnceKeepTheTwoToOneRatio() throws Exception {
        commandGateway.sendAndWait(new ConfigureQueueCommand(PriorityRatio.DEFAULT, true, "", null, null, List.of()));
        List<CounterView> counters = masterData.counters();
        while (calling.callNext(counters.get(0)).isPresent()) {
            // start from an empty queue today
        }
        LocalDate today = LocalDate.now(clock);
        String callingDay = "calling@" + today;
        long turnsBefore = eventStore.readEvents(callingDay).asStream().count();
        int each = 12;
        for (int i = 0; i < each; i++) {
            commandGateway.sendAndWait(new IssueTicketCommand(UUID.randomUUID().toString(), today, "P",
                    TicketCategory.PRIORITY, PriorityReason.BALITA, PaymentType.BPJS, "IMUNISASI"));
            commandGateway.sendAndWait(new IssueTicketCommand(UUID.randomUUID().toString(), today, "C",
                    TicketCategory.GENERAL, null, PaymentType.BPJS, "KIA-KB"));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> calling.waiting(100).size() == 2 * each);

        int total = callUntilNobodyWaits(counters).stream().mapToInt(List::size).sum();
        assertThat(total).isEqualTo(2 * each);

        List<TicketCategory> order = eventStore.readEvents(callingDay).asStream()
                .skip(turnsBefore)
                .map(event -> ((CallingTurnTakenEvent) event.getPayload()).category())
                .toList();
        assertThat(order).hasSize(2 * each);
        // while both kinds wait, the calls follow P P G P P G ... (the cycle may start anywhere)
        int priorityLeft = each;
        int generalLeft = each;
        List<TicketCategory> whileBothWait = new ArrayList<>();
        for (TicketCategory category : order) {
            if (priorityLeft == 0 || generalLeft == 0) {
                break;
            }
            whileBothWait.add(category);
            if (category == TicketCategory.PRIORITY) {
                priorityLeft--;
            } else {
                generalLeft--;
            }
        }
        List<TicketCategory> cycle = List.of(TicketCategory.PRIORITY, TicketCategory.PRIORITY, TicketCategory.GENERAL);
        boolean followsRatio = IntStream.range(0, 3).anyMatch(phase -> IntStream.range(0, whileBothWait.size())
                .allMatch(i -> whileBothWait.get(i) == cycle.get((i + phase) % 3)));
        assertThat(followsRatio).as("calling order %s", order).isTrue();
        System.out.printf("[figures] 2:1 ratio under 2 counters at once: %s%n", order.stream()
                .map(category -> category == TicketCategory.PRIORITY ? "P" : "G").collect(Collectors.joining()));
    }

    @Test
    void aClinicsDailyQuotaIsNeverExceededWhenManyKiosksIssueAtOnce() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long issuedBefore = queryGateway.query(new FindClinicTicketCountsQuery(today),
                        ResponseTypes.multipleInstancesOf(ClinicTicketCount.class)).join().stream()
                .filter(count -> count.clinicCode().equals("UGD")).mapToLong(ClinicTicketCount::issued).sum();
        int quota = (int) issuedBefore + 10;
        commandGateway.sendAndWait(new ConfigureClinicCommand("UGD", "UGD", "", quota, true, 5));
        try {
            List<IssueTicketCommand> kiosks = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                kiosks.add(i % 3 == 0
                        ? new IssueTicketCommand(UUID.randomUUID().toString(), today, "P", TicketCategory.PRIORITY,
                        PriorityReason.DISABILITAS, PaymentType.BPJS, "UGD")
                        : new IssueTicketCommand(UUID.randomUUID().toString(), today, "E", TicketCategory.GENERAL, null,
                        PaymentType.UMUM, "UGD"));
            }
            Map<String, Long> outcomes = sendAllAtOnce(kiosks, "ISSUED");

            assertThat(outcomes).containsExactly(Map.entry("CLINIC_FULL", 20L), Map.entry("ISSUED", 10L));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(queryGateway.query(
                            new FindClinicTicketCountsQuery(today), ResponseTypes.multipleInstancesOf(ClinicTicketCount.class))
                    .join().stream().filter(count -> count.clinicCode().equals("UGD"))
                    .mapToLong(ClinicTicketCount::issued).sum()).isEqualTo(quota));
            System.out.printf("[figures] quota %d for UGD, 30 kiosks at once: %s%n", quota, outcomes);
        } finally {
            commandGateway.sendAndWait(new ConfigureClinicCommand("UGD", "UGD", "", 0, true, 5));
        }
    }

    @Test
    void onePatientBookingFromManyBrowsersAtOnceHoldsExactlyOneBooking() throws Exception {
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        String patient = "+6281299990000";
        List<BookTicketCommand> browsers = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            // general (line B) and priority (line P) bookings race for the same clinic day
            browsers.add(i % 2 == 0
                    ? new BookTicketCommand(UUID.randomUUID().toString(), tomorrow, "B", TicketCategory.GENERAL, null,
                    PaymentType.BPJS, "GIGI", patient, code(i), null, null, patient)
                    : new BookTicketCommand(UUID.randomUUID().toString(), tomorrow, "P", TicketCategory.PRIORITY,
                    PriorityReason.LANSIA, PaymentType.BPJS, "GIGI", patient, code(i), null, null, patient));
        }
        Map<String, Long> outcomes = sendAllAtOnce(browsers, "BOOKED");

        assertThat(outcomes).containsExactly(Map.entry("BOOKED", 1L), Map.entry("BOOKING_ALREADY_ACTIVE", 23L));
        System.out.printf("[figures] one patient, 24 bookings of one clinic day at once: %s%n", outcomes);
    }

    private static String code(int i) {
        return "BKNG" + "23456789ABCDEFGHJKMNPQRSTUVWXYZ".charAt(i) + "XYZ";
    }

    /** Sends every command at the same moment; answers how many succeeded and how many were refused, by error code. */
    private Map<String, Long> sendAllAtOnce(List<?> commands, String success) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> attempts = new ArrayList<>();
        for (Object command : commands) {
            attempts.add(senders.submit(() -> {
                start.await();
                try {
                    Callers.asSystem(() -> commandGateway.sendAndWait(command));
                    return success;
                } catch (RuntimeException refused) {
                    return ErrorCodes.of(refused).orElse("UNEXPECTED " + refused);
                }
            }));
        }
        start.countDown();
        Map<String, Long> outcomes = new java.util.TreeMap<>();
        for (Future<String> attempt : attempts) {
            outcomes.merge(attempt.get(), 1L, Long::sum);
        }
        senders.shutdown();
        return outcomes;
    }

    /** Every counter presses "Panggil berikutnya" at the same moment and again until nobody waits. */
    private List<List<TicketView>> callUntilNobodyWaits(List<CounterView> counters) throws Exception {
        ExecutorService desks = Executors.newFixedThreadPool(counters.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<TicketView>>> calls = new ArrayList<>();
        for (CounterView counter : counters) {
            calls.add(desks.submit(() -> {
                start.await();
                List<TicketView> called = new ArrayList<>();
                Optional<TicketView> next;
                while ((next = Callers.asSystem(() -> calling.callNext(counter))).isPresent()) {
                    called.add(next.get());
                }
                return called;
            }));
        }
        start.countDown();
        List<List<TicketView>> calledPerCounter = new ArrayList<>();
        for (Future<List<TicketView>> call : calls) {
            calledPerCounter.add(call.get());
        }
        desks.shutdown();
        return calledPerCounter;
    }

    /** The numbers are one unbroken run: first, first + 1, …, first + expected - 1. */
    private static void assertGapless(List<Integer> sequences, int expected) {
        assertThat(sequences).hasSize(expected);
        int first = sequences.stream().mapToInt(Integer::intValue).min().orElseThrow();
        assertThat(sequences).containsExactlyInAnyOrderElementsOf(
                IntStream.range(first, first + expected).boxed().toList());
    }

    private static String range(List<Integer> sequences) {
        return String.format("%03d..%03d", sequences.stream().mapToInt(Integer::intValue).min().orElseThrow(),
                sequences.stream().mapToInt(Integer::intValue).max().orElseThrow());
    }
}
