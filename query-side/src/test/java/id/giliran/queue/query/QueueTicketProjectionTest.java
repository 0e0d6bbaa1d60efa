package id.giliran.queue.query;

import id.giliran.api.identity.Caller;
import id.giliran.api.identity.Role;
import id.giliran.api.masterdata.ClinicRegisteredEvent;
import id.giliran.api.queue.ArrivalChannel;
import id.giliran.api.queue.FindBookingByCodeQuery;
import id.giliran.api.queue.FindPatientTicketsQuery;
import id.giliran.api.queue.TicketArrivalConfirmedEvent;
import id.giliran.api.queue.TicketBookedEvent;
import id.giliran.api.queue.TicketBookingCancelledEvent;
import id.giliran.api.queue.AverageServiceTimeSetEvent;
import id.giliran.api.queue.ClinicDayReport;
import id.giliran.api.queue.PriorityRatio;
import id.giliran.api.queue.QueueConfiguredEvent;
import id.giliran.api.queue.ClinicTicketCount;
import id.giliran.api.queue.FindDailyQueueReportQuery;
import id.giliran.api.queue.CounterCallView;
import id.giliran.api.queue.FindClinicTicketCountsQuery;
import id.giliran.api.queue.DisplayBoardView;
import id.giliran.api.queue.FindCallCandidatesQuery;
import id.giliran.api.queue.FindCounterTicketQuery;
import id.giliran.api.queue.FindSkippedTicketsQuery;
import id.giliran.api.queue.TicketFinishedEvent;
import id.giliran.api.queue.TicketRecalledEvent;
import id.giliran.api.queue.TicketServingStartedEvent;
import id.giliran.api.queue.TicketSkippedEvent;
import id.giliran.api.queue.FindDisplayBoardQuery;
import id.giliran.api.queue.FindTicketQuery;
import id.giliran.api.queue.PaymentType;
import id.giliran.api.queue.PriorityReason;
import id.giliran.api.queue.TicketCalledEvent;
import id.giliran.api.queue.TicketCategory;
import id.giliran.api.queue.TicketIssuedEvent;
import id.giliran.api.queue.TicketNumber;
import id.giliran.api.queue.TicketStatus;
import id.giliran.api.queue.TicketView;
import id.giliran.query.EmbeddedMongo;
import org.axonframework.eventhandling.ReplayStatus;
import id.giliran.api.privacy.PersonalData;
import id.giliran.api.privacy.PersonalDataErasedEvent;
import id.giliran.query.PersonalDataFixture;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.eventhandling.ReplayStatus.REGULAR;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class QueueTicketProjectionTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final Instant T0 = Instant.parse("2026-11-22T00:30:00Z");

    private EmbeddedMongo mongo;
    private PersonalDataFixture privacy;
    private QueryUpdateEmitter emitter;
    private QueueTicketProjection projection;
    private final java.util.List<TurnWatch.TurnNear> told = new java.util.ArrayList<>();

    @BeforeEach
    void setUp() {
        mongo = new EmbeddedMongo();
        privacy = new PersonalDataFixture(mongo.template());
        emitter = mock(QueryUpdateEmitter.class);
        projection = new QueueTicketProjection(mongo.template(), emitter, told::add,
                java.time.Clock.fixed(T0.plusSeconds(7200), java.time.ZoneId.of("Asia/Jakarta")), privacy.fields());
        projection.on(new ClinicRegisteredEvent("UMUM", "Poli Umum", "A"));
        projection.on(new ClinicRegisteredEvent("GIGI", "Poli Gigi", "B"));
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    private TicketIssuedEvent general(String id, String prefix, int seq, String clinic, int minute) {
        return new TicketIssuedEvent(id, TODAY, new TicketNumber(prefix, seq), TicketCategory.GENERAL, null,
                PaymentType.BPJS, clinic, T0.plusSeconds(60L * minute));
    }

    private TicketIssuedEvent priority(String id, int seq, int minute) {
        return new TicketIssuedEvent(id, TODAY, new TicketNumber("P", seq), TicketCategory.PRIORITY,
                PriorityReason.LANSIA, PaymentType.UMUM, "GIGI", T0.plusSeconds(60L * minute));
    }

    private TicketBookedEvent booked(String id, int seq, String patient, String code, int minute) {
        return new TicketBookedEvent(id, TODAY, new TicketNumber("A", seq), TicketCategory.GENERAL, null,
                PaymentType.BPJS, "UMUM", patient, code, null, null, patient, T0.plusSeconds(60L * minute));
    }

    static MetaData callerMetaData(String username) {
        return MetaData.from(new Caller(username, Set.of(Role.PASIEN), "10.0.0.3").toMetaData());
    }

    @Test
    void aBookingIsNotCalledUntilThePatientArrivesAndThenKeepsItsPlace() {
        projection.on(booked("a1", 1, "+6281234567890", "K7M2Q9XA", 0));
        projection.on(general("a2", "A", 2, "UMUM", 5));

        assertThat(projection.handle(new FindCallCandidatesQuery(TODAY, 10))).extracting(TicketView::number)
                                                                            .containsExactly("A-002");
        TicketView booked = projection.handle(new FindTicketQuery("a1")).orElseThrow();
        assertThat(booked.status()).isEqualTo(TicketStatus.BOOKED);
        assertThat(booked.online()).isTrue();
        assertThat(booked.waitingAhead()).as("only confirmed tickets are ahead; A-002 came later").isZero();
        assertThat(projection.handle(new FindDisplayBoardQuery(TODAY)).issuedToday())
                .as("a booking counts on the display once the patient is here").isEqualTo(1);

        projection.on(new TicketArrivalConfirmedEvent("a1", TODAY, new TicketNumber("A", 1), ArrivalChannel.KIOSK,
                T0.plusSeconds(3600)), REGULAR);

        assertThat(projection.handle(new FindCallCandidatesQuery(TODAY, 10))).extracting(TicketView::number)
                                                                            .containsExactly("A-001", "A-002");
    }

    @Test
    void aBookingIsFoundByItsCodeOnItsDayOnly() {
        projection.on(booked("a1", 1, "+6281234567890", "K7M2Q9XA", 0));

        assertThat(projection.handle(new FindBookingByCodeQuery("K7M2Q9XA", TODAY))).map(TicketView::bookingCode)
                                                                                 .contains("K7M2Q9XA");
        assertThat(projection.handle(new FindBookingByCodeQuery("K7M2Q9XA", TODAY.plusDays(1)))).isEmpty();
        assertThat(projection.handle(new FindBookingByCodeQuery("ZZZZZZZZ", TODAY))).isEmpty();
    }

    @Test
    void aPatientSeesOnlyTheirOwnTickets() {
        projection.on(booked("a1", 1, "+6281234567890", "K7M2Q9XA", 0));
        projection.on(booked("a2", 2, "budi@contoh.id", "M3N4P5Q6", 1));

        assertThat(projection.handle(new FindPatientTicketsQuery("+6281234567890", TODAY),
                callerMetaData("+6281234567890"))).extracting(TicketView::ticketId).containsExactly("a1");
        assertThat(projection.handle(new FindPatientTicketsQuery("+6281234567890", TODAY),
                callerMetaData("budi@contoh.id"))).isEmpty();
        assertThat(projection.handle(new FindPatientTicketsQuery("+6281234567890", TODAY.plusDays(1)),
                callerMetaData("+6281234567890"))).isEmpty();
    }

    @Test
    void aCancelledBookingNoLongerCountsForTheClinic() {
        projection.on(booked("a1", 1, "+6281234567890", "K7M2Q9XA", 0));
        projection.on(general("a2", "A", 2, "UMUM", 5));
        projection.on(new TicketBookingCancelledEvent("a1", TODAY, new TicketNumber("A", 1), "UMUM", "", 
                "+6281234567890", T0.plusSeconds(600)), REGULAR);

        assertThat(projection.handle(new FindTicketQuery("a1")).orElseThrow().status()).isEqualTo(TicketStatus.CANCELLED);
        assertThat(projection.handle(new FindClinicTicketCountsQuery(TODAY)))
                .containsExactly(new ClinicTicketCount("UMUM", 1));
    }

    @Test
    void anIssuedTicketIsFoundWithItsClinicNameAndWhoIsAhead() {
        projection.on(general("a1", "A", 1, "UMUM", 0));
        projection.on(general("b1", "B", 1, "GIGI", 1));
        projection.on(priority("p1", 1, 2));

        TicketView b1 = projection.handle(new FindTicketQuery("b1")).orElseThrow();

        assertThat(b1.number()).isEqualTo("B-001");
        assertThat(b1.clinicName()).isEqualTo("Poli Gigi");
        assertThat(b1.status()).isEqualTo(TicketStatus.WAITING);
        assertThat(b1.issuedAt()).isEqualTo(T0.plusSeconds(60));
        // the priority ticket taken later and the general ticket taken earlier are called first
        assertThat(b1.waitingAhead()).isEqualTo(2);
        assertThat(projection.handle(new FindTicketQuery("p1")).orElseThrow().waitingAhead()).isZero();
        assertThat(projection.handle(new FindTicketQuery("unknown"))).isEmpty();
    }

    @Test
    void candidatesComePriorityFirstThenInTheOrderTaken() {
        projection.on(general("a1", "A", 1, "UMUM", 0));
        projection.on(general("b1", "B", 1, "GIGI", 1));
        projection.on(priority("p1", 1, 2));
        projection.on(general("a2", "A", 2, "UMUM", 3));
        projection.on(priority("p2", 2, 4));
        projection.on(new TicketCalledEvent("a1", TODAY, new TicketNumber("A", 1), "LOKET-1", 1, T0.plusSeconds(300)), REGULAR);

        assertThat(projection.handle(new FindCallCandidatesQuery(TODAY, 10)))
                .extracting(TicketView::number)
                .containsExactly("P-001", "P-002", "B-001", "A-002");
        assertThat(projection.handle(new FindCallCandidatesQuery(TODAY, 2)))
                .extracting(TicketView::number)
                .containsExactly("P-001", "P-002");
        assertThat(projection.handle(new FindCallCandidatesQuery(TODAY.plusDays(1), 10))).isEmpty();
    }

    @Test
    void theDisplayShowsTheLatestCallPerCounterAndWhoIsNext() {
        projection.on(general("a1", "A", 1, "UMUM", 0));
        projection.on(general("a2", "A", 2, "UMUM", 1));
        projection.on(priority("p1", 1, 2));
        projection.on(priority("p2", 2, 3));
        projection.on(general("b1", "B", 1, "GIGI", 4));
        projection.on(new TicketCalledEvent("p1", TODAY, new TicketNumber("P", 1), "LOKET-1", 1, T0.plusSeconds(600)), REGULAR);
        projection.on(new TicketCalledEvent("a1", TODAY, new TicketNumber("A", 1), "LOKET-2", 2, T0.plusSeconds(660)), REGULAR);
        projection.on(new TicketCalledEvent("p2", TODAY, new TicketNumber("P", 2), "LOKET-1", 1, T0.plusSeconds(720)), REGULAR);

        DisplayBoardView board = projection.handle(new FindDisplayBoardQuery(TODAY));

        assertThat(board.latestCalls())
                .containsExactly(
                        new CounterCallView(1, "P-002", "Poli Gigi", T0.plusSeconds(720), 1),
                        new CounterCallView(2, "A-001", "Poli Umum", T0.plusSeconds(660), 1));
        assertThat(board.nextPriority()).isNull();
        assertThat(board.nextGeneral()).isEqualTo("A-002");
        assertThat(board.waitingPriority()).isZero();
        assertThat(board.waitingGeneral()).isEqualTo(2);
        assertThat(board.waitingTotal()).isEqualTo(2);
        assertThat(board.issuedToday()).isEqualTo(5);
        assertThat(board.finishedToday()).isZero();
    }

    @Test
    void aCalledTicketShowsItsCounterAndNobodyAhead() {
        projection.on(general("a1", "A", 1, "UMUM", 0));
        projection.on(new TicketCalledEvent("a1", TODAY, new TicketNumber("A", 1), "LOKET-2", 2, T0.plusSeconds(90)), REGULAR);

        TicketView a1 = projection.handle(new FindTicketQuery("a1")).orElseThrow();
        assertThat(a1.status()).isEqualTo(TicketStatus.CALLED);
        assertThat(a1.counterNumber()).isEqualTo(2);
        assertThat(a1.calledAt()).isEqualTo(T0.plusSeconds(90));
        assertThat(a1.waitingAhead()).isZero();
    }

    @Test
    void aRecallIsANewAnnouncementOfTheSameCall() {
        projection.on(general("a1", "A", 1, "UMUM", 0));
        projection.on(new TicketCalledEvent("a1", TODAY, new TicketNumber("A", 1), "LOKET-1", 1, T0.plusSeconds(60)), REGULAR);
        projection.on(new TicketRecalledEvent("a1", TODAY, new TicketNumber("A", 1), 1, T0.plusSeconds(120)));

        assertThat(projection.handle(new FindDisplayBoardQuery(TODAY)).latestCalls())
                .containsExactly(new CounterCallView(1, "A-001", "Poli Umum", T0.plusSeconds(120), 2));
    }

    @Test
    void skippedTicketsAreListedToCallBackAndTheCounterKnowsItsTicket() {
        projection.on(general("a1", "A", 1, "UMUM", 0));
        projection.on(general("a2", "A", 2, "UMUM", 1));
        projection.on(new TicketCalledEvent("a1", TODAY, new TicketNumber("A", 1), "LOKET-1", 1, T0.plusSeconds(60)), REGULAR);
        projection.on(new TicketSkippedEvent("a1", TODAY, new TicketNumber("A", 1), T0.plusSeconds(90)), REGULAR);
        projection.on(new TicketCalledEvent("a2", TODAY, new TicketNumber("A", 2), "LOKET-1", 1, T0.plusSeconds(100)), REGULAR);
        projection.on(new TicketServingStartedEvent("a2", TODAY, new TicketNumber("A", 2), T0.plusSeconds(110)));

        assertThat(projection.handle(new FindSkippedTicketsQuery(TODAY))).extracting(TicketView::number)
                                                                        .containsExactly("A-001");
        assertThat(projection.handle(new FindCounterTicketQuery(TODAY, 1))).map(TicketView::status)
                                                                          .contains(TicketStatus.SERVING);
        assertThat(projection.handle(new FindCounterTicketQuery(TODAY, 2))).isEmpty();

        projection.on(new TicketFinishedEvent("a2", TODAY, new TicketNumber("A", 2), T0.plusSeconds(300)));
        assertThat(projection.handle(new FindTicketQuery("a2"))).map(TicketView::status).contains(TicketStatus.FINISHED);
        assertThat(projection.handle(new FindCallCandidatesQuery(TODAY, 10))).isEmpty();
    }

    @Test
    void ticketsAreCountedPerClinicAndDay() {
        projection.on(general("a1", "A", 1, "UMUM", 0));
        projection.on(general("a2", "A", 2, "UMUM", 1));
        projection.on(priority("p1", 1, 2));

        assertThat(projection.handle(new FindClinicTicketCountsQuery(TODAY)))
                .containsExactly(new ClinicTicketCount("GIGI", 1), new ClinicTicketCount("UMUM", 2));
        assertThat(projection.handle(new FindClinicTicketCountsQuery(TODAY.plusDays(1)))).isEmpty();
    }

    @Test
    void anOnlineBookingWaitsFromItsArrivalInTheDailyReport() {
        // booked at 00:30 UTC, here at 02:00, called at 02:10: ten minutes of waiting, not a hundred
        projection.on(booked("siti", 1, "+6281234567890", "K7M2Q9XA", 0));
        projection.on(new TicketArrivalConfirmedEvent("siti", TODAY, new TicketNumber("A", 1), ArrivalChannel.KIOSK,
                T0.plusSeconds(5400)), REGULAR);
        projection.on(new TicketCalledEvent("siti", TODAY, new TicketNumber("A", 1), "LOKET-1", 1,
                T0.plusSeconds(6000)), REGULAR);

        ClinicDayReport umum = projection.handle(new FindDailyQueueReportQuery(TODAY)).get(0);

        assertThat(umum.averageWait()).isEqualTo(java.time.Duration.ofMinutes(10));
    }

    @Test
    void theDailyReportCountsAndMeasuresEachClinic() {
        // ten general tickets at Poli Umum, taken a minute apart, each called after (i+1) minutes
        for (int i = 0; i < 10; i++) {
            projection.on(general("u" + i, "A", i + 1, "UMUM", i));
            Instant called = T0.plusSeconds(60L * i + 60L * (i + 1));
            projection.on(new TicketCalledEvent("u" + i, TODAY, new TicketNumber("A", i + 1), "LOKET-1", 1, called), REGULAR);
        }
        projection.on(new TicketRecalledEvent("u9", TODAY, new TicketNumber("A", 10), 1, T0.plusSeconds(3600)));
        projection.on(new TicketServingStartedEvent("u0", TODAY, new TicketNumber("A", 1), T0.plusSeconds(120)));
        projection.on(new TicketFinishedEvent("u0", TODAY, new TicketNumber("A", 1), T0.plusSeconds(420)));
        projection.on(new TicketSkippedEvent("u1", TODAY, new TicketNumber("A", 2), T0.plusSeconds(400)), REGULAR);
        projection.on(priority("p1", 1, 5));

        var report = projection.handle(new FindDailyQueueReportQuery(TODAY));

        assertThat(report).extracting(ClinicDayReport::clinicCode).containsExactly("GIGI", "UMUM");
        ClinicDayReport umum = report.get(1);
        assertThat(umum.clinicName()).isEqualTo("Poli Umum");
        assertThat(umum.tickets()).isEqualTo(10);
        assertThat(umum.general()).isEqualTo(10);
        assertThat(umum.bpjs()).isEqualTo(10);
        assertThat(umum.served()).isEqualTo(1);
        assertThat(umum.skipped()).isEqualTo(1);
        // waits 1..10 minutes (a recall does not move the call): average 5.5, 90th percentile 9
        assertThat(umum.averageWait()).isEqualTo(java.time.Duration.ofSeconds(330));
        assertThat(umum.waitP90()).isEqualTo(java.time.Duration.ofMinutes(9));
        assertThat(umum.averageService()).isEqualTo(java.time.Duration.ofMinutes(5));
        ClinicDayReport gigi = report.get(0);
        assertThat(gigi.priority()).isEqualTo(1);
        assertThat(gigi.averageWait()).isNull();
    }

    @Test
    void whoIsAheadFollowsTheRatioAndTheEstimateTheServiceTime() {
        // four priority and four general tickets wait; 2:1 and 5 minutes per ticket (the defaults)
        for (int i = 0; i < 4; i++) {
            projection.on(priority("p" + i, i + 1, i));
            projection.on(general("g" + i, "A", i + 1, "UMUM", 10 + i));
        }
        TicketView firstGeneral = projection.handle(new FindTicketQuery("g0")).orElseThrow();
        TicketView thirdPriority = projection.handle(new FindTicketQuery("p2")).orElseThrow();
        // P P G: the first general ticket comes third, the third priority ticket fourth
        assertThat(firstGeneral.waitingAhead()).isEqualTo(2);
        assertThat(firstGeneral.estimatedWaitMinutes()).isEqualTo(10);
        assertThat(thirdPriority.waitingAhead()).isEqualTo(3);

        projection.on(new QueueConfiguredEvent("queue-settings", new PriorityRatio(1, 0), true, "", null, null,
                java.util.List.of()));
        projection.on(new AverageServiceTimeSetEvent("queue-settings", 3));
        // priority always first: all four priority tickets come before any general one
        TicketView again = projection.handle(new FindTicketQuery("g0")).orElseThrow();
        assertThat(again.waitingAhead()).isEqualTo(4);
        assertThat(again.estimatedWaitMinutes()).isEqualTo(12);
    }

    @Test
    void handlingTheSameEventTwiceChangesNothing() {
        projection.on(general("a1", "A", 1, "UMUM", 0));
        projection.on(general("a1", "A", 1, "UMUM", 0));

        assertThat(projection.handle(new FindCallCandidatesQuery(TODAY, 10))).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void subscribersOfATicketAreToldOfItsChanges() {
        projection.on(general("a1", "A", 1, "UMUM", 0));

        ArgumentCaptor<Predicate<FindTicketQuery>> filter = ArgumentCaptor.forClass(Predicate.class);
        ArgumentCaptor<TicketView> update = ArgumentCaptor.forClass(TicketView.class);
        verify(emitter, atLeastOnce()).emit(eq(FindTicketQuery.class), filter.capture(), update.capture());
        assertThat(update.getValue().number()).isEqualTo("A-001");
        assertThat(filter.getValue().test(new FindTicketQuery("a1"))).isTrue();
        assertThat(filter.getValue().test(new FindTicketQuery("a2"))).isFalse();
    }

    @Test
    void aResetEmptiesTheReadModel() {
        projection.on(general("a1", "A", 1, "UMUM", 0));
        projection.reset();

        assertThat(projection.handle(new FindTicketQuery("a1"))).isEmpty();
        assertThat(projection.handle(new FindDisplayBoardQuery(TODAY)).waitingTotal()).isZero();
    }

    /** Five kiosk tickets A-001..A-005, then Siti's booking A-006 (with her phone), here now. */
    private void fiveWaitingThenSitisBookingArrives() {
        for (int i = 1; i <= 5; i++) {
            projection.on(general("g" + i, "A", i, "UMUM", i));
        }
        projection.on(booked("siti", 6, "+6281234567890", "K7M2Q9XA", 6));
        projection.on(new TicketArrivalConfirmedEvent("siti", TODAY, new TicketNumber("A", 6), ArrivalChannel.KIOSK,
                T0.plusSeconds(3600)), REGULAR);
    }

    private void call(int sequence, ReplayStatus replayStatus) {
        projection.on(new TicketCalledEvent("g" + sequence, TODAY, new TicketNumber("A", sequence), "LOKET-1", 1,
                T0.plusSeconds(4000L + sequence)), replayStatus);
    }

    @Test
    void aTicketWithAPhoneIsToldOnceWhenItsTurnComesNear() {
        fiveWaitingThenSitisBookingArrives();
        call(1, REGULAR);
        assertThat(told).as("4 ahead, the default tells at 3").isEmpty();

        call(2, REGULAR);
        assertThat(told).containsExactly(new TurnWatch.TurnNear("siti", TODAY, "A-006", "Poli Umum",
                "+6281234567890", 3, "+6281234567890"));

        call(3, REGULAR);
        projection.on(new TicketSkippedEvent("g3", TODAY, new TicketNumber("A", 3), T0.plusSeconds(5000)), REGULAR);
        call(4, REGULAR);
        assertThat(told).as("told once only").hasSize(1);
    }

    @Test
    void aTicketWhoseTurnIsNearOnArrivalIsToldAtOnce() {
        projection.on(general("g1", "A", 1, "UMUM", 1));
        projection.on(booked("siti", 2, "+6281234567890", "K7M2Q9XA", 2));
        projection.on(new TicketArrivalConfirmedEvent("siti", TODAY, new TicketNumber("A", 2), ArrivalChannel.KIOSK,
                T0.plusSeconds(3600)), REGULAR);

        assertThat(told).extracting(TurnWatch.TurnNear::ahead).containsExactly(1L);
    }

    @Test
    void nobodyIsToldWhileReplayingAndTheTicketStaysTold() {
        fiveWaitingThenSitisBookingArrives();
        call(1, ReplayStatus.REPLAY);
        call(2, ReplayStatus.REPLAY);
        call(3, ReplayStatus.REPLAY);
        assertThat(told).isEmpty();

        call(4, REGULAR);
        assertThat(told).as("its message went out the first time").isEmpty();
    }

    @Test
    void aRebuildPassesByTheTurnsOfADayThatIsOver() {
        fiveWaitingThenSitisBookingArrives();
        QueueTicketProjection nextDay = new QueueTicketProjection(mongo.template(), emitter, told::add,
                java.time.Clock.fixed(T0.plus(java.time.Duration.ofDays(1)), java.time.ZoneId.of("Asia/Jakarta")),
                privacy.fields());
        for (int sequence = 1; sequence <= 3; sequence++) {
            nextDay.on(new TicketCalledEvent("g" + sequence, TODAY, new TicketNumber("A", sequence), "LOKET-1", 1,
                    T0.plusSeconds(4000L + sequence)), ReplayStatus.REPLAY);
        }

        assertThat(told).isEmpty();
        assertThat(mongo.template().findById("siti", QueueTicketDocument.class).turnNearAnnounced())
                .as("yesterday's turns are not looked at again").isFalse();
        assertThat(nextDay.handle(new FindTicketQuery("g3")).orElseThrow().status()).isEqualTo(TicketStatus.CALLED);
    }

    @Test
    void ticketsWithoutAPhoneAndBookingsNotYetHereAreNeverTold() {
        for (int i = 1; i <= 5; i++) {
            projection.on(general("g" + i, "A", i, "UMUM", i));
        }
        projection.on(booked("siti", 6, "+6281234567890", "K7M2Q9XA", 6));
        for (int i = 1; i <= 5; i++) {
            call(i, REGULAR);
        }

        assertThat(told).isEmpty();
    }

    @Test
    void theAdminsNotifyAheadDecidesWhenATurnIsNear() {
        projection.on(new id.giliran.api.queue.NotifyAheadSetEvent("queue-settings", 1));
        fiveWaitingThenSitisBookingArrives();
        call(1, REGULAR);
        call(2, REGULAR);
        call(3, REGULAR);
        assertThat(told).isEmpty();

        call(4, REGULAR);
        assertThat(told).extracting(TurnWatch.TurnNear::ahead).containsExactly(1L);
    }

    @Test
    void theCallingRatioKeepsTheNotifyAhead() {
        projection.on(new id.giliran.api.queue.NotifyAheadSetEvent("queue-settings", 1));
        projection.on(new QueueConfiguredEvent("queue-settings", new PriorityRatio(1, 1), true, "", null, null,
                java.util.List.of()));
        projection.on(new AverageServiceTimeSetEvent("queue-settings", 4));
        fiveWaitingThenSitisBookingArrives();
        call(1, REGULAR);
        call(2, REGULAR);
        call(3, REGULAR);

        assertThat(told).isEmpty();
    }

    // --- personal data: only the phone, sealed; blanked on erasure ---

    static final String SITI = "siti@contoh.id";
    static final String NIK = "3201234567890001";
    static final String BPJS = "0001234567890";

    /** Five kiosk tickets, then Siti's booking A-006 with her NIK, BPJS number and phone, here now. */
    private void fiveWaitingThenSitisFullBookingArrives() {
        for (int i = 1; i <= 5; i++) {
            projection.on(general("g" + i, "A", i, "UMUM", i));
        }
        projection.on(new TicketBookedEvent("siti", TODAY, new TicketNumber("A", 6), TicketCategory.GENERAL, null,
                PaymentType.BPJS, "UMUM", SITI, "K7M2Q9XA", NIK, BPJS, "+6281234567890", T0.plusSeconds(360)));
        projection.on(new TicketArrivalConfirmedEvent("siti", TODAY, new TicketNumber("A", 6), ArrivalChannel.KIOSK,
                T0.plusSeconds(3600)), REGULAR);
    }

    @Test
    void canKeepNoNikNoBpjsNumberAndThePhoneOnlySealed() {
        fiveWaitingThenSitisFullBookingArrives();

        String stored = String.join("\n", privacy.storedDocuments(Set.of("queue_tickets")));
        assertThat(stored).contains("gpd1:", "K7M2Q9XA").doesNotContain(NIK, BPJS, "81234567890");
        call(1, REGULAR);
        call(2, REGULAR);
        assertThat(told).as("the watch is told the number opened").containsExactly(new TurnWatch.TurnNear("siti",
                TODAY, "A-006", "Poli Umum", "+6281234567890", 3, SITI));
    }

    @Test
    void canRemoveTheAccountsPhoneAtOnceSoNoTurnIsToldAndKeepTheTicket() {
        fiveWaitingThenSitisFullBookingArrives();
        TicketView before = projection.handle(new FindTicketQuery("siti")).orElseThrow();

        projection.on(privacy.eraseAccount(SITI));
        call(1, REGULAR);
        call(2, REGULAR);
        call(3, REGULAR);

        assertThat(told).isEmpty();
        assertThat(mongo.template().findById("siti", QueueTicketDocument.class).phone()).isNull();
        TicketView after = projection.handle(new FindTicketQuery("siti")).orElseThrow();
        assertThat(after.number()).isEqualTo(before.number());
        assertThat(after.status()).isEqualTo(before.status());
        assertThat(after.bookingCode()).isEqualTo("K7M2Q9XA");
        assertThat(projection.handle(new FindPatientTicketsQuery(SITI, TODAY), callerMetaData(SITI)))
                .extracting(TicketView::ticketId).containsExactly("siti");
    }

    @Test
    void cannotTellATurnWhoseNumbersKeyIsAlreadyDestroyed() {
        fiveWaitingThenSitisFullBookingArrives();
        privacy.eraseAccount(SITI); // the erasure has not reached this read model yet

        call(1, REGULAR);
        call(2, REGULAR);

        assertThat(told).isEmpty();
        assertThat(mongo.template().findById("siti", QueueTicketDocument.class).turnNearAnnounced()).isTrue();
    }

    @Test
    void cannotBringAPhoneBackWhenReplayedAfterAnErasure() {
        PersonalDataErasedEvent erased = privacy.eraseAccount(SITI);
        for (int i = 1; i <= 5; i++) {
            projection.on(general("g" + i, "A", i, "UMUM", i));
        }
        projection.on(new TicketBookedEvent("siti", TODAY, new TicketNumber("A", 6), TicketCategory.GENERAL, null,
                PaymentType.BPJS, "UMUM", SITI, "K7M2Q9XA", PersonalData.ERASED, PersonalData.ERASED,
                PersonalData.ERASED, T0.plusSeconds(360)));
        projection.on(new TicketArrivalConfirmedEvent("siti", TODAY, new TicketNumber("A", 6), ArrivalChannel.KIOSK,
                T0.plusSeconds(3600)), ReplayStatus.REPLAY);
        projection.on(erased);
        call(1, REGULAR);
        call(2, REGULAR);

        assertThat(told).isEmpty();
        assertThat(mongo.template().findById("siti", QueueTicketDocument.class).phone()).isNull();
        assertThat(projection.handle(new FindTicketQuery("siti")).orElseThrow().number()).isEqualTo("A-006");
    }
}
