package id.giliran;

import org.junit.jupiter.api.extension.ExtendWith;
import id.giliran.api.masterdata.CounterView;
import id.giliran.api.queue.FindTicketQuery;
import id.giliran.api.queue.PaymentType;
import id.giliran.api.queue.PriorityReason;
import id.giliran.api.queue.TicketCategory;
import id.giliran.api.queue.TicketStatus;
import id.giliran.api.queue.TicketView;
import id.giliran.masterdata.ui.MasterDataService;
import id.giliran.queue.ui.CallingService;
import id.giliran.queue.ui.KioskService;
import id.giliran.queue.ui.TicketRequest;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Stop the application and start it again on the same data directory: the tickets, the read
 * models and the numbering are all still there, and the event processors go on from where they
 * stopped instead of replaying from the start.
 */
@ExtendWith(AsTheApplication.class)
class RestartIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void everythingSurvivesARestartAndNumberingContinues() {
        TicketView a1;
        TicketView a2;
        TicketView p1;
        Map<String, Long> positionsAtStop;
        long startMillis = System.currentTimeMillis();
        try (ConfigurableApplicationContext first = start()) {
            System.out.printf("[figures] first start on an empty data directory: %d ms%n",
                    System.currentTimeMillis() - startMillis);
            KioskService kiosk = first.getBean(KioskService.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> kiosk.clinics().size() == 5);
            a1 = kiosk.takeTicket(new TicketRequest(TicketCategory.GENERAL, null, PaymentType.BPJS, "UMUM"));
            a2 = kiosk.takeTicket(new TicketRequest(TicketCategory.GENERAL, null, PaymentType.UMUM, "UMUM"));
            p1 = kiosk.takeTicket(new TicketRequest(TicketCategory.PRIORITY, PriorityReason.BALITA, PaymentType.BPJS,
                    "IMUNISASI"));
            CounterView loket1 = first.getBean(MasterDataService.class).counters().get(0);
            assertThat(first.getBean(CallingService.class).callNext(loket1)).map(TicketView::number).contains("P-001");
            assertThat(List.of(a1.number(), a2.number())).containsExactly("A-001", "A-002");
            positionsAtStop = trackingPositions(first);
            assertThat(positionsAtStop).containsKeys("queue-tickets", "master-data");
        }

        // Mark the stopped read model behind the application's back: a processor that replayed
        // from the start would overwrite the mark, one that goes on from its token leaves it.
        markClinicNameOf(a2.ticketId(), "MARKED-WHILE-STOPPED");

        assertThat(Files.exists(dataDir.resolve("eventstore"))).isTrue();
        assertThat(Files.exists(dataDir.resolve("readmodel").resolve("mongo.mv"))).isTrue();

        startMillis = System.currentTimeMillis();
        try (ConfigurableApplicationContext second = start()) {
            System.out.printf("[figures] restart on the same data directory: %d ms%n",
                    System.currentTimeMillis() - startMillis);
            QueryGateway queries = second.getBean(QueryGateway.class);
            Map<String, Long> positionsAtRestart = trackingPositions(second);
            positionsAtStop.forEach((processor, position) ->
                    assertThat(positionsAtRestart.get(processor)).as(processor).isGreaterThanOrEqualTo(position));
            assertThat(find(queries, a2.ticketId())).map(TicketView::clinicName).contains("MARKED-WHILE-STOPPED");

            assertThat(find(queries, a1.ticketId())).map(TicketView::status).contains(TicketStatus.WAITING);
            assertThat(find(queries, a2.ticketId())).map(TicketView::status).contains(TicketStatus.WAITING);
            assertThat(find(queries, p1.ticketId())).map(TicketView::status).contains(TicketStatus.CALLED);
            assertThat(find(queries, p1.ticketId())).map(TicketView::counterNumber).contains(1);

            KioskService kiosk = second.getBean(KioskService.class);
            assertThat(kiosk.clinics()).hasSize(5);
            TicketView a3 = kiosk.takeTicket(new TicketRequest(TicketCategory.GENERAL, null, PaymentType.BPJS, "UMUM"));
            TicketView p2 = kiosk.takeTicket(new TicketRequest(TicketCategory.PRIORITY, PriorityReason.LANSIA,
                    PaymentType.BPJS, "UMUM"));
            assertThat(a3.number()).isEqualTo("A-003");
            assertThat(a3.waitingAhead()).isEqualTo(2);
            assertThat(p2.number()).isEqualTo("P-002");

            // a ticket called before the restart cannot be called again after it
            CounterView loket2 = second.getBean(MasterDataService.class).counters().get(1);
            assertThat(second.getBean(CallingService.class).callNext(loket2)).map(TicketView::number).contains("P-002");
            assertThat(second.getBean(CallingService.class).callNext(loket2)).map(TicketView::number).contains("A-001");
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(GiliranApplication.class)
                .run("--server.port=0", "--giliran.data-dir=" + dataDir);
    }

    private static Optional<TicketView> find(QueryGateway queries, String ticketId) {
        return queries.query(new FindTicketQuery(ticketId), ResponseTypes.optionalInstanceOf(TicketView.class)).join();
    }

    /** The global event position each processor has stored, by processor name. */
    private static Map<String, Long> trackingPositions(ConfigurableApplicationContext context) {
        MongoTemplate mongo = context.getBean(MongoTemplate.class);
        return mongo.getCollection("axon_tracking_tokens").find().into(new ArrayList<Document>()).stream()
                    .filter(token -> token.get("token") != null)
                    .collect(Collectors.toMap(token -> token.getString("processorName"),
                            token -> position(token.get("token", Binary.class))));
    }

    private static long position(Binary serializedToken) {
        try {
            return JSON.readTree(serializedToken.getData()).get("index").asLong();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens the stopped application's read-model file directly and changes one ticket in it. */
    private void markClinicNameOf(String ticketId, String mark) {
        MongoServer server = new MongoServer(new H2Backend(dataDir.resolve("readmodel").resolve("mongo.mv").toString()));
        server.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
            long changed = client.getDatabase("giliran").getCollection("queue_tickets")
                                 .updateOne(new Document("_id", ticketId),
                                         new Document("$set", new Document("clinicName", mark)))
                                 .getModifiedCount();
            assertThat(changed).isOne();
        } finally {
            server.shutdown();
        }
    }
}
