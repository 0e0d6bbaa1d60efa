package id.giliran.operations;

import id.giliran.GiliranSpringTest;
import id.giliran.api.masterdata.ClinicView;
import id.giliran.api.queue.PaymentType;
import id.giliran.api.queue.QueueLines;
import id.giliran.api.queue.TicketCalledEvent;
import id.giliran.api.queue.TicketCategory;
import id.giliran.api.queue.TicketFinishedEvent;
import id.giliran.api.queue.TicketIssuedEvent;
import id.giliran.api.queue.TicketNumber;
import id.giliran.api.queue.TicketNumberAllocatedEvent;
import id.giliran.api.queue.TicketServingStartedEvent;
import id.giliran.api.identity.Caller;
import id.giliran.masterdata.ui.MasterDataService;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Not a test: how fast every projection is rebuilt from a large event history on the embedded
 * default (H2 event store and the embedded MongoDB, both on files). Run it with README's command:
 * {@code mvn -B -ntp -o -pl ui test -Dtest=ProjectionRebuildBenchmark -Dgiliran.benchmark.events=1000000}.
 * <p>
 * Appending a million events through commands would take hours (each command loads and locks its
 * aggregate), so the history is appended in bulk straight to the event store, in batches: realistic
 * kiosk tickets over many service days (number allocated on the queue line, ticket issued, called,
 * served, finished; five events a ticket). Processors are stopped while appending; then each is reset
 * and rebuilt on its own, and its events per second printed, then the total.
 */
@GiliranSpringTest
class ProjectionRebuildBenchmark {

    static final int EVENTS = Integer.getInteger("giliran.benchmark.events", 1_000_000);
    static final int TICKETS_A_DAY = 400;
    static final int BATCH = 2_000;

    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionManager transactions;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    MasterDataService masterData;
    @Autowired
    Clock clock;

    @Test
    void rebuildEveryProjection() {
        await().atMost(Duration.ofSeconds(60)).until(() -> masterData.clinics().size() >= 1);
        List<ClinicView> clinics = masterData.clinics();
        Map<String, StreamingEventProcessor> processors = new TreeMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                processors.put(name, streaming);
            }
        });
        processors.values().forEach(StreamingEventProcessor::shutDown);

        long appendStart = System.nanoTime();
        int appended = append(clinics);
        double appendSeconds = (System.nanoTime() - appendStart) / 1e9;
        long head = eventStore.createHeadToken().position().orElse(0);
        System.out.printf(Locale.ROOT, "%nBENCHMARK appended %,d events in bulk in %.1f s (%,.0f events/s); "
                + "head of the stream at %,d%n", appended, appendSeconds, appended / appendSeconds, head);

        double total = 0;
        for (var entry : processors.entrySet()) {
            StreamingEventProcessor processor = entry.getValue();
            long start = System.nanoTime();
            processor.resetTokens();
            processor.start();
            await().atMost(Duration.ofHours(2)).pollInterval(Duration.ofMillis(200))
                   .until(() -> caughtUp(processor, head));
            double seconds = (System.nanoTime() - start) / 1e9;
            total += seconds;
            System.out.printf(Locale.ROOT, "BENCHMARK %-22s %,10d events in %8.1f s = %,10.0f events/s%n",
                    entry.getKey(), head, seconds, head / seconds);
        }
        System.out.printf(Locale.ROOT, "BENCHMARK every projection (%d processors, one after another): %.1f s "
                + "for %,d events each%n%n", processors.size(), total, head);
    }

    private static boolean caughtUp(StreamingEventProcessor processor, long head) {
        var status = processor.processingStatus().values();
        return !status.isEmpty() && status.stream().noneMatch(EventTrackerStatus::isReplaying)
                && status.stream().allMatch(segment -> segment.getCurrentPosition().orElse(-1) >= head);
    }

    private int append(List<ClinicView> clinics) {
        MetaData system = MetaData.from(Caller.system().toMetaData());
        LocalDate firstDay = LocalDate.now(clock).minusDays(EVENTS / (TICKETS_A_DAY * 5L) + 1);
        List<EventMessage<?>> batch = new ArrayList<>(BATCH);
        int appended = 0;
        Map<String, Integer> lines = new HashMap<>();
        for (int ticket = 0; appended < EVENTS; ticket++) {
            LocalDate day = firstDay.plusDays(ticket / TICKETS_A_DAY);
            ClinicView clinic = clinics.get(ticket % clinics.size());
            String lineId = QueueLines.lineId(clinic.ticketPrefix(), day);
            int sequence = lines.merge(lineId, 1, Integer::sum);
            TicketNumber number = new TicketNumber(clinic.ticketPrefix(), sequence);
            String ticketId = UUID.randomUUID().toString();
            Instant issued = day.atTime(7, 0).atZone(clock.getZone()).toInstant().plusSeconds(ticket % TICKETS_A_DAY * 60L);
            batch.add(event("QueueLine", lineId, sequence - 1,
                    new TicketNumberAllocatedEvent(lineId, day, number, ticketId), issued, system));
            batch.add(event("Ticket", ticketId, 0, new TicketIssuedEvent(ticketId, day, number, TicketCategory.GENERAL,
                    null, ticket % 3 == 0 ? PaymentType.UMUM : PaymentType.BPJS, clinic.clinicCode(), issued), issued,
                    system));
            batch.add(event("Ticket", ticketId, 1, new TicketCalledEvent(ticketId, day, number, "loket-1", 1,
                    issued.plusSeconds(600)), issued.plusSeconds(600), system));
            batch.add(event("Ticket", ticketId, 2, new TicketServingStartedEvent(ticketId, day, number,
                    issued.plusSeconds(660)), issued.plusSeconds(660), system));
            batch.add(event("Ticket", ticketId, 3, new TicketFinishedEvent(ticketId, day, number,
                    issued.plusSeconds(900)), issued.plusSeconds(900), system));
            appended += 5;
            if (batch.size() >= BATCH) {
                flush(batch);
            }
        }
        flush(batch);
        return appended;
    }

    private void flush(List<EventMessage<?>> batch) {
        if (!batch.isEmpty()) {
            List<EventMessage<?>> events = List.copyOf(batch);
            transactions.executeInTransaction(() -> eventStore.publish(events));
            batch.clear();
        }
    }

    private static EventMessage<?> event(String type, String aggregateId, long sequence, Object payload, Instant at,
                                         MetaData metaData) {
        return new GenericDomainEventMessage<>(type, aggregateId, sequence, payload, metaData,
                UUID.randomUUID().toString(), at);
    }
}
