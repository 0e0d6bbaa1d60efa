package id.giliran.operations;

import id.giliran.api.audit.CommandOutcomeRecordedEvent;
import id.giliran.api.audit.SecurityEventRecordedEvent;
import id.giliran.api.identity.Role;
import id.giliran.api.operations.EventProcessorView;
import id.giliran.api.operations.ProcessorState;
import id.giliran.api.queue.PaymentType;
import id.giliran.api.queue.TicketCategory;
import id.giliran.operations.ui.OperationsService;
import id.giliran.privacy.PersonalDataCipher;
import id.giliran.queue.ui.KioskService;
import id.giliran.queue.ui.TicketRequest;
import id.giliran.ui.KaribuTest;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.common.stream.BlockingStream;
import org.bson.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "Bangun ulang" on the whole application: the read model comes back document for document as it
 * was, and nothing with a side effect runs again. Every side effect of this application (WhatsApp turn
 * notifications, PCare visits, counseling reminders, inbox mail) starts with a command or is a
 * {@code @DisallowReplay} handler, so "the stubs receive nothing" is checked where it can be seen by
 * all of them: the event store gets no event during the rebuild but the audit entries of the rebuild.
 * Personal values kept sealed (a booking's phone) are compared opened: sealing again draws a new IV, so
 * the same value is stored as different text.
 */
class ProjectionRebuildTest extends KaribuTest {

    static Stream<Arguments> readModels() {
        return Stream.of(
                Arguments.of("queue-tickets", List.of("queue_tickets", "queue_counter_calls", "queue_clinic_names",
                        "queue_calling_rules")),
                Arguments.of("statistics", List.of("statistics_days", "statistics_queue_lines",
                        "statistics_registration_days", "statistics_bpjs_days", "statistics_registrations",
                        "statistics_names")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readModels")
    void aRebuildGivesTheSameDocumentsAndRunsNoSideEffect(String group, List<String> collections) throws Exception {
        signIn("loket@giliran.id", Role.PETUGAS_LOKET);
        await().pollInSameThread().until(() -> masterData.clinics().size() == 5);
        KioskService kiosk = context.getBean(KioskService.class);
        var first = kiosk.takeTicket(new TicketRequest(TicketCategory.GENERAL, null, PaymentType.BPJS, "UGD"));
        kiosk.takeTicket(new TicketRequest(TicketCategory.GENERAL, null, PaymentType.UMUM, "UGD"));
        calling.call(first, masterData.counters().get(0));
        OperationsService operations = context.getBean(OperationsService.class);
        MongoTemplate mongo = context.getBean(MongoTemplate.class);
        EventStore eventStore = context.getBean(EventStore.class);
        signIn("admin@giliran.id", Role.ADMIN);
        long head = eventStore.createHeadToken().position().orElse(0);
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> caughtUp(operations, group, head));
        PersonalDataCipher cipher = context.getBean(PersonalDataCipher.class);
        Map<String, List<Document>> before = snapshot(mongo, collections, cipher);
        assertThat(before.get(collections.get(0))).isNotEmpty();
        TrackingToken beforeRebuild = eventStore.createHeadToken();
        // damage the read model: only a rebuild from the events brings it back
        Document lost = before.get(collections.get(0)).get(0);
        mongo.remove(new org.springframework.data.mongodb.core.query.Query(
                org.springframework.data.mongodb.core.query.Criteria.where("_id").is(lost.get("_id"))),
                collections.get(0));
        mongo.insert(new Document("_id", "not-from-any-event"), collections.get(0));

        operations.rebuild(group);

        await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> caughtUp(operations, group, head));
        assertThat(snapshot(mongo, collections, cipher)).isEqualTo(before);
        List<Class<?>> appended = appendedSince(eventStore, beforeRebuild);
        assertThat(appended).as("the rebuild's own audit entry").contains(CommandOutcomeRecordedEvent.class);
        assertThat(appended).as("events appended during the rebuild")
                .allMatch(type -> Set.of(CommandOutcomeRecordedEvent.class, SecurityEventRecordedEvent.class)
                                     .contains(type));
    }

    private static boolean caughtUp(OperationsService operations, String group, long head) {
        EventProcessorView view = operations.processor(group).orElseThrow();
        return view.state() == ProcessorState.RUNNING && view.replayUntil() < 0 && view.position() >= head;
    }

    private static Map<String, List<Document>> snapshot(MongoTemplate mongo, List<String> collections,
                                                        PersonalDataCipher cipher) {
        Map<String, List<Document>> documents = new LinkedHashMap<>();
        collections.forEach(collection -> documents.put(collection, mongo.findAll(Document.class, collection).stream()
                .sorted(Comparator.comparing(document -> String.valueOf(document.get("_id"))))
                .map(document -> opened(document, cipher)).toList()));
        return documents;
    }

    /** The document with each sealed value replaced by what it opens to. */
    private static Document opened(Document document, PersonalDataCipher cipher) {
        Document opened = new Document();
        document.forEach((key, value) -> opened.put(key, openedValue(value, cipher)));
        return opened;
    }

    private static Object openedValue(Object value, PersonalDataCipher cipher) {
        if (value instanceof String text && PersonalDataCipher.isSealed(text)) {
            return "opened:" + cipher.open(text).orElse("[dihapus]");
        }
        if (value instanceof Document nested) {
            return opened(nested, cipher);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(element -> openedValue(element, cipher)).toList();
        }
        return value;
    }

    private static List<Class<?>> appendedSince(EventStore eventStore, TrackingToken token) throws Exception {
        List<Class<?>> types = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(token)) {
            // a new stream fetches in the background: wait a moment for each next event rather than
            // taking "none available yet" for "none"
            while (stream.hasNextAvailable(2, java.util.concurrent.TimeUnit.SECONDS)) {
                types.add(stream.nextAvailable().getPayloadType());
            }
        }
        return types;
    }
}
