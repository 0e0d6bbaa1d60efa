package id.giliran.history.command;

import id.giliran.api.counseling.CounselingConfirmedEvent;
import id.giliran.api.counseling.CounselingRequestedEvent;
import id.giliran.api.counseling.CounselorCalendars;
import id.giliran.api.counseling.CounselorProfileSavedEvent;
import id.giliran.api.counseling.SessionChannel;
import id.giliran.api.counseling.Slot;
import id.giliran.api.counseling.Specialization;
import id.giliran.api.history.FindStateAsOfQuery;
import id.giliran.api.history.FindTimelineQuery;
import id.giliran.api.history.HistoryRules;
import id.giliran.api.history.StateAsOf;
import id.giliran.api.history.StateField;
import id.giliran.api.history.Timeline;
import id.giliran.api.history.TimelineEntry;
import id.giliran.api.identity.Caller;
import id.giliran.api.identity.Role;
import id.giliran.api.queue.PaymentType;
import id.giliran.api.queue.TicketCalledEvent;
import id.giliran.api.queue.TicketCategory;
import id.giliran.api.queue.TicketIssuedEvent;
import id.giliran.api.queue.TicketNumber;
import id.giliran.api.queue.TicketServingStartedEvent;
import id.giliran.api.registration.MandatoryInformation;
import id.giliran.api.registration.MandatoryInformationGivenEvent;
import id.giliran.api.registration.MedicalRecordStatus;
import id.giliran.api.registration.PatientKind;
import id.giliran.api.registration.RegistrationCancelledEvent;
import id.giliran.api.registration.RegistrationStartedEvent;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.queryhandling.QueryExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Timelines and "Keadaan pada" of a ticket, a registration and a counseling booking, from events in
 * an event store: what the aggregate had then is checked field by field against the events given.
 */
class HistoryQueriesTest {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    static final Instant ISSUED = Instant.parse("2026-11-30T01:00:00Z");
    static final Instant CALLED = Instant.parse("2026-11-30T01:20:00Z");
    static final Instant SERVING = Instant.parse("2026-11-30T01:22:00Z");
    static final Instant NOW = Instant.parse("2026-11-30T03:00:00Z");
    static final TicketNumber A_012 = new TicketNumber("A", 12);
    static final Caller LOKET = new Caller("loket@giliran.id", Set.of(Role.PETUGAS_LOKET), "10.0.0.3");

    private EmbeddedEventStore eventStore;
    private HistoryContext spring;
    private HistoryQueries history;
    private final Map<String, Long> sequences = new HashMap<>();

    @BeforeEach
    void setUp() {
        eventStore = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        spring = new HistoryContext(Clock.fixed(NOW, JAKARTA));
        history = new HistoryQueries(eventStore, new AggregateTypes(), new StateRebuilder(spring.context()),
                Clock.fixed(NOW, JAKARTA));
    }

    @AfterEach
    void tearDown() {
        eventStore.shutDown();
        spring.close();
    }

    private void store(String type, String aggregateId, Object payload, Instant at, Caller caller, String command) {
        long sequence = sequences.merge(aggregateId, 0L, (known, zero) -> known + 1);
        Map<String, Object> metaData = new HashMap<>(caller.toMetaData());
        if (command != null) {
            metaData.put(TimelineEntry.COMMAND, command);
        }
        eventStore.publish(new GenericDomainEventMessage<>(type, aggregateId, sequence, payload, metaData,
                java.util.UUID.randomUUID().toString(), at));
    }

    private void ticketIssuedCalledAndServed() {
        store("Ticket", "t-1", new TicketIssuedEvent("t-1", DAY, A_012, TicketCategory.GENERAL, null, PaymentType.BPJS,
                "UMUM", ISSUED), ISSUED, new Caller(Caller.ANONYMOUS, Set.of(), "10.0.0.9"), null);
        store("Ticket", "t-1", new TicketCalledEvent("t-1", DAY, A_012, "loket-1", 1, CALLED), CALLED, LOKET,
                "CallNextTicketCommand");
        store("Ticket", "t-1", new TicketServingStartedEvent("t-1", DAY, A_012, SERVING), SERVING, LOKET,
                "StartServingTicketCommand");
    }

    private static Map<String, StateField> byName(StateAsOf state) {
        Map<String, StateField> fields = new HashMap<>();
        state.fields().forEach(field -> fields.put(field.name(), field));
        return fields;
    }

    @Test
    void aTicketsTimelineHasEveryEventInOrderWithWhoWhereAndTheCommand() {
        ticketIssuedCalledAndServed();

        Timeline timeline = history.handle(new FindTimelineQuery("t-1", null)).orElseThrow();

        assertThat(timeline.aggregateType()).isEqualTo("Ticket");
        assertThat(timeline.entries()).extracting(TimelineEntry::eventType)
                                      .containsExactly("TicketIssuedEvent", "TicketCalledEvent", "TicketServingStartedEvent");
        TimelineEntry call = timeline.entries().get(1);
        assertThat(call.at()).isEqualTo(CALLED);
        assertThat(call.sequence()).isEqualTo(1);
        assertThat(call.username()).isEqualTo("loket@giliran.id");
        assertThat(call.roles()).isEqualTo("PETUGAS_LOKET");
        assertThat(call.clientAddress()).isEqualTo("10.0.0.3");
        assertThat(call.command()).isEqualTo("CallNextTicketCommand");
        assertThat(call.field("counterNumber")).isEqualTo("1");
        assertThat(call.field("number.prefix")).isEqualTo("A");
        assertThat(call.field("calledAt")).isEqualTo(CALLED.toString());
        assertThat(timeline.entries().get(0).command()).as("an event older than the command record").isNull();
    }

    @Test
    void aTicketAsOfBeforeItsCallWasWaitingAndNowIsServed() {
        ticketIssuedCalledAndServed();

        StateAsOf state = history.handle(new FindStateAsOfQuery("t-1", null, CALLED.minusSeconds(60))).orElseThrow();

        assertThat(state.eventsThen()).isEqualTo(1);
        assertThat(state.eventsNow()).isEqualTo(3);
        Map<String, StateField> fields = byName(state);
        assertThat(fields.get("status")).isEqualTo(new StateField("status", "WAITING", "SERVING", true));
        assertThat(fields.get("counterNumber")).isEqualTo(new StateField("counterNumber", "0", "1", true));
        assertThat(fields.get("ticketId")).isEqualTo(new StateField("ticketId", "t-1", "t-1", false));
        assertThat(fields.get("number.sequence").changed()).isFalse();
    }

    @Test
    void theStateAtTheInstantOfAnEventIncludesIt() {
        ticketIssuedCalledAndServed();

        StateAsOf state = history.handle(new FindStateAsOfQuery("t-1", null, CALLED)).orElseThrow();

        assertThat(state.eventsThen()).isEqualTo(2);
        assertThat(byName(state).get("status").then()).isEqualTo("CALLED");
    }

    @Test
    void beforeItsFirstEventARecordHadNoState() {
        ticketIssuedCalledAndServed();

        StateAsOf state = history.handle(new FindStateAsOfQuery("t-1", null, ISSUED.minusSeconds(1))).orElseThrow();

        assertThat(state.eventsThen()).isZero();
        assertThat(state.fields()).allSatisfy(field -> assertThat(field.then()).isNull());
        assertThat(byName(state).get("status").now()).isEqualTo("SERVING");
    }

    @Test
    void aRegistrationsTimelineAndStateMaskTheNotesButShowTheFacts() {
        Instant started = Instant.parse("2026-11-30T01:25:00Z");
        store("Registration", "r-1", new RegistrationStartedEvent("r-1", "REG-20261130-0001", DAY, "t-1", "A-012", "p-1",
                PatientKind.BARU, PaymentType.BPJS, "UMUM", "dr-ahmad", "batuk tiga hari", MedicalRecordStatus.CREATED,
                "loket@giliran.id", started), started, LOKET, "StartRegistrationCommand");
        store("Registration", "r-1", new MandatoryInformationGivenEvent("r-1", MandatoryInformation.values()[0],
                "loket@giliran.id", started.plusSeconds(60)), started.plusSeconds(60), LOKET, "RecordMandatoryInformationCommand");
        store("Registration", "r-1", new RegistrationCancelledEvent("r-1", "t-1", "Salah poli pasien", "loket@giliran.id",
                started.plusSeconds(600), "p1"), started.plusSeconds(600), LOKET, "CancelRegistrationCommand");

        Timeline timeline = history.handle(new FindTimelineQuery("r-1", null)).orElseThrow();
        assertThat(timeline.entries()).hasSize(3);
        assertThat(timeline.entries().get(0).field("registrationNumber")).isEqualTo("REG-20261130-0001");
        assertThat(timeline.entries().get(0).field("notes")).isEqualTo("b" + "•".repeat(13) + "i");
        assertThat(timeline.entries().get(2).field("reason")).isEqualTo("S" + "•".repeat(15) + "n");

        StateAsOf state = history.handle(new FindStateAsOfQuery("r-1", null, started.plusSeconds(120))).orElseThrow();
        Map<String, StateField> fields = byName(state);
        assertThat(state.eventsThen()).isEqualTo(2);
        assertThat(fields.get("status").then()).isEqualTo("IN_PROGRESS");
        assertThat(fields.get("status").now()).isEqualTo("CANCELLED");
        assertThat(fields.get("status").changed()).isTrue();
        assertThat(fields.get("informed[0]")).isEqualTo(new StateField("informed[0]",
                MandatoryInformation.values()[0].name(), MandatoryInformation.values()[0].name(), false));
        assertThat(fields.get("clinicCode").changed()).isFalse();
    }

    @Test
    void aCounselingBookingsTimelineAndStateKeepToThatBookingInItsCounselorsCalendar() {
        String calendar = CounselorCalendars.idOf("rina@giliran.id");
        Slot nine = new Slot(LocalDateTime.of(2026, 12, 1, 9, 0), LocalDateTime.of(2026, 12, 1, 9, 45));
        Slot ten = new Slot(LocalDateTime.of(2026, 12, 1, 10, 0), LocalDateTime.of(2026, 12, 1, 10, 45));
        Instant requested = Instant.parse("2026-11-29T02:00:00Z");
        Instant confirmed = Instant.parse("2026-11-29T05:00:00Z");
        Caller counselor = new Caller("rina@giliran.id", Set.of(Role.KONSELOR), "10.0.0.7");
        Caller student = new Caller("siswa@giliran.id", Set.of(Role.SISWA), "10.0.0.8");
        store("Counselor", calendar, new CounselorProfileSavedEvent("rina@giliran.id", "Rina Wulandari",
                Set.of(Specialization.AKADEMIK), "Guru BK", "S.Pd.", Set.of(SessionChannel.TATAP_MUKA), null),
                requested.minusSeconds(3600), counselor, "SaveCounselorProfileCommand");
        store("Counselor", calendar, new CounselingRequestedEvent("rina@giliran.id", "b-1", "siswa@giliran.id", "Andi",
                nine, "Nilai turun", SessionChannel.TATAP_MUKA, null, "siswa@giliran.id", requested), requested, student,
                "RequestCounselingCommand");
        store("Counselor", calendar, new CounselingRequestedEvent("rina@giliran.id", "b-2", "siswa@giliran.id", "Andi",
                ten, "Karier", SessionChannel.TATAP_MUKA, null, "siswa@giliran.id", requested), requested, student,
                "RequestCounselingCommand");
        store("Counselor", calendar, new CounselingConfirmedEvent("rina@giliran.id", "b-1", "siswa@giliran.id", nine,
                "rina@giliran.id", confirmed), confirmed, counselor, "ConfirmCounselingCommand");

        Timeline timeline = history.handle(new FindTimelineQuery(calendar, "b-1")).orElseThrow();
        assertThat(timeline.entries()).extracting(TimelineEntry::eventType)
                                      .containsExactly("CounselingRequestedEvent", "CounselingConfirmedEvent");
        assertThat(timeline.entries().get(0).field("topic")).isEqualTo("N" + "•".repeat(9) + "n");
        assertThat(timeline.entries().get(0).field("studentName")).isEqualTo("A••i");

        StateAsOf state = history.handle(new FindStateAsOfQuery(calendar, "b-1", confirmed.minusSeconds(1))).orElseThrow();
        Map<String, StateField> fields = byName(state);
        assertThat(fields.get("bookings.b-1.status")).isEqualTo(new StateField("bookings.b-1.status", "PENDING",
                "CONFIRMED", true));
        assertThat(fields.get("bookings.b-1.confirmedAt").then()).isNull();
        assertThat(fields.get("bookings.b-1.confirmedAt").now()).isEqualTo(confirmed.toString());
        assertThat(fields.get("name").now()).as("the counselor's own name is not masked").isEqualTo("Rina Wulandari");
        assertThat(fields).noneSatisfy((name, field) -> assertThat(name).contains("b-2"));
    }

    @Test
    void anUnknownIdHasNoTimelineAndNoState() {
        assertThat(history.handle(new FindTimelineQuery("no-such-id", null))).isEmpty();
        assertThat(history.handle(new FindStateAsOfQuery("no-such-id", null, NOW))).isEmpty();
        assertThat(history.handle(new FindTimelineQuery(" ", null))).isEmpty();
    }

    @Test
    void aStateInTheFutureIsRefusedWithItsCode() {
        ticketIssuedCalledAndServed();

        assertThatThrownBy(() -> history.handle(new FindStateAsOfQuery("t-1", null, NOW.plusSeconds(60))))
                .isInstanceOf(QueryExecutionException.class)
                .satisfies(failure -> assertThat(((QueryExecutionException) failure).getDetails())
                        .contains(HistoryRules.INSTANT_IN_FUTURE));
        assertThatThrownBy(() -> history.handle(new FindStateAsOfQuery("t-1", null, null)))
                .isInstanceOf(QueryExecutionException.class);
    }

    @Test
    void everyAggregateOfTheApplicationIsKnownByItsTypeName() {
        assertThat(new AggregateTypes().names()).contains("Ticket", "Registration", "Counselor", "Patient", "UserAccount",
                "Clinic", "QueueSettings", "CounselingServiceFrame");
    }
}
