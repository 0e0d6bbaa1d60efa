package id.giliran.queue.query;

import id.giliran.api.masterdata.ClinicConfiguredEvent;
import id.giliran.api.masterdata.ClinicRegisteredEvent;
import id.giliran.api.queue.AverageServiceTimeSetEvent;
import id.giliran.api.queue.NotifyAheadSetEvent;
import id.giliran.api.queue.ClinicDayReport;
import id.giliran.api.queue.QueueConfiguredEvent;
import id.giliran.api.queue.ClinicTicketCount;
import id.giliran.api.queue.FindDailyQueueReportQuery;
import id.giliran.api.queue.FindClinicTicketCountsQuery;
import id.giliran.api.queue.CounterCallView;
import id.giliran.api.queue.DisplayBoardView;
import id.giliran.api.identity.Caller;
import id.giliran.api.queue.FindBookingByCodeQuery;
import id.giliran.api.queue.FindCallCandidatesQuery;
import id.giliran.api.queue.FindPatientTicketsQuery;
import id.giliran.api.queue.TicketArrivalConfirmedEvent;
import id.giliran.api.queue.TicketBookedEvent;
import id.giliran.api.queue.TicketBookingCancelledEvent;
import id.giliran.api.queue.FindCounterTicketQuery;
import id.giliran.api.queue.FindSkippedTicketsQuery;
import id.giliran.api.queue.TicketFinishedEvent;
import id.giliran.api.queue.TicketRecalledEvent;
import id.giliran.api.queue.TicketServingStartedEvent;
import id.giliran.api.queue.TicketSkippedEvent;
import id.giliran.api.queue.FindDisplayBoardQuery;
import id.giliran.api.queue.FindTicketQuery;
import id.giliran.api.queue.QueueChanged;
import id.giliran.api.queue.WatchQueueQuery;
import id.giliran.api.queue.TicketCalledEvent;
import id.giliran.api.queue.TicketDirectedToClinicEvent;
import id.giliran.api.queue.TicketCategory;
import id.giliran.api.queue.TicketIssuedEvent;
import id.giliran.api.queue.TicketStatus;
import id.giliran.api.queue.TicketView;
import id.giliran.api.privacy.PersonalDataErasedEvent;
import id.giliran.privacy.query.SealedFields;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The queue as the counters, the kiosk and the display see it: one document per ticket, the
 * latest call per counter, and the clinic names the tickets show. Every handler is an idempotent
 * upsert, so redelivery and replay give the same read model.
 */
@Component
@ProcessingGroup(QueueTicketProjection.PROCESSING_GROUP)
class QueueTicketProjection {

    static final String PROCESSING_GROUP = "queue-tickets";

    private final MongoTemplate mongo;
    private final QueryUpdateEmitter updateEmitter;
    private final TurnWatch turnWatch;
    private final java.time.Clock clock;
    private final SealedFields personal;

    QueueTicketProjection(MongoTemplate mongo, QueryUpdateEmitter updateEmitter, TurnWatch turnWatch,
                          java.time.Clock clock, SealedFields personal) {
        this.mongo = mongo;
        this.updateEmitter = updateEmitter;
        this.turnWatch = turnWatch;
        this.clock = clock;
        this.personal = personal;
        mongo.indexOps(QueueTicketDocument.class).createIndex(new Index()
                .on("serviceDate", Sort.Direction.ASC)
                .on("status", Sort.Direction.ASC)
                .on("categoryRank", Sort.Direction.ASC)
                .on("issuedAt", Sort.Direction.ASC));
        mongo.indexOps(QueueTicketDocument.class).createIndex(new Index()
                .on("bookingCode", Sort.Direction.ASC).on("serviceDate", Sort.Direction.ASC).sparse());
        mongo.indexOps(QueueTicketDocument.class).createIndex(new Index()
                .on("patient", Sort.Direction.ASC).on("serviceDate", Sort.Direction.ASC).sparse());
    }

    @EventHandler
    void on(ClinicRegisteredEvent event) {
        mongo.save(new QueueClinicDocument(event.clinicCode(), event.name()));
    }

    @EventHandler
    void on(QueueConfiguredEvent event) {
        CallingRulesDocument rules = rules();
        mongo.save(new CallingRulesDocument(CallingRulesDocument.ID, event.ratio().priority(), event.ratio().general(),
                rules.averageServiceMinutes(), rules.notifyAhead()));
    }

    @EventHandler
    void on(AverageServiceTimeSetEvent event) {
        CallingRulesDocument rules = rules();
        mongo.save(new CallingRulesDocument(CallingRulesDocument.ID, rules.priority(), rules.general(), event.minutes(),
                rules.notifyAhead()));
    }

    @EventHandler
    void on(NotifyAheadSetEvent event) {
        CallingRulesDocument rules = rules();
        mongo.save(new CallingRulesDocument(CallingRulesDocument.ID, rules.priority(), rules.general(),
                rules.averageServiceMinutes(), event.tickets()));
    }

    private CallingRulesDocument rules() {
        return Optional.ofNullable(mongo.findById(CallingRulesDocument.ID, CallingRulesDocument.class))
                       .orElse(CallingRulesDocument.DEFAULT);
    }

    @EventHandler
    void on(ClinicConfiguredEvent event) {
        mongo.save(new QueueClinicDocument(event.clinicCode(), event.name()));
    }

    @QueryHandler
    List<ClinicTicketCount> handle(FindClinicTicketCountsQuery query) {
        return mongo.find(Query.query(where("serviceDate").is(query.serviceDate().toString())
                                                            .and("status").ne(TicketStatus.CANCELLED)),
                            QueueTicketDocument.class)
                    .stream()
                    .collect(java.util.stream.Collectors.groupingBy(QueueTicketDocument::clinicCode,
                            java.util.TreeMap::new, java.util.stream.Collectors.counting()))
                    .entrySet().stream()
                    .map(count -> new ClinicTicketCount(count.getKey(), count.getValue()))
                    .toList();
    }

    @EventHandler
    void on(TicketIssuedEvent event) {
        QueueTicketDocument ticket = QueueTicketDocument.issued(event, clinicName(event.clinicCode()));
        mongo.save(ticket);
        emitTicket(ticket);
    }

    private String clinicName(String clinicCode) {
        return Optional.ofNullable(mongo.findById(clinicCode, QueueClinicDocument.class))
                       .map(QueueClinicDocument::name)
                       .orElse(clinicCode);
    }

    @EventHandler
    void on(TicketBookedEvent event) {
        QueueTicketDocument ticket = QueueTicketDocument.booked(event, clinicName(event.clinicCode()),
                personal.seal(SealedFields.account(event.patient(), TicketBookedEvent.class), event.phone()));
        mongo.save(ticket);
        emitTicket(ticket);
    }

    /**
     * A booking account's data was erased: the phone numbers of its bookings go (no "your turn is near" is asked
     * for them any more). Numbers, statuses and times stay.
     */
    @EventHandler
    void on(PersonalDataErasedEvent event) {
        if (!SealedFields.isAccount(event)) {
            return;
        }
        mongo.updateMulti(Query.query(where("patient").is(event.subjectId()).and("phone").ne(null)),
                new Update().unset("phone"), QueueTicketDocument.class);
    }

    @EventHandler
    void on(TicketArrivalConfirmedEvent event, ReplayStatus replayStatus) {
        change(event.ticketId(), new Update().set("status", TicketStatus.WAITING).set("arrivedAt", event.confirmedAt()));
        announceNearTurns(event.serviceDate(), replayStatus);
    }

    @EventHandler
    void on(TicketBookingCancelledEvent event, ReplayStatus replayStatus) {
        change(event.ticketId(), new Update().set("status", TicketStatus.CANCELLED)
                                             .set("cancelledAt", event.cancelledAt()));
        announceNearTurns(event.serviceDate(), replayStatus);
    }

    @EventHandler
    void on(TicketDirectedToClinicEvent event) {
        change(event.ticketId(), new Update().set("status", TicketStatus.DIRECTED_TO_CLINIC)
                                             .set("finishedAt", event.directedAt()));
    }

    @EventHandler
    void on(TicketCalledEvent event, ReplayStatus replayStatus) {
        QueueTicketDocument ticket = change(event.ticketId(), new Update().set("status", TicketStatus.CALLED)
                                                                          .set("calledAt", event.calledAt())
                                                                          .set("counterNumber", event.counterNumber()));
        if (ticket != null) {
            mongo.save(new CounterCallDocument(CounterCallDocument.id(event.serviceDate(), event.counterNumber()),
                    event.serviceDate().toString(), event.counterNumber(), event.ticketId(), ticket.number(),
                    ticket.clinicName(), event.calledAt(), 1));
        }
        announceNearTurns(event.serviceDate(), replayStatus);
    }

    @EventHandler
    void on(TicketRecalledEvent event) {
        // the ticket keeps the time it was called: waits are measured to the call, not to a recall
        QueueTicketDocument ticket = mongo.findById(event.ticketId(), QueueTicketDocument.class);
        if (ticket != null) {
            emitTicket(ticket);
        }
        String callId = CounterCallDocument.id(event.serviceDate(), event.counterNumber());
        CounterCallDocument call = mongo.findById(callId, CounterCallDocument.class);
        if (ticket != null && call != null && call.ticketId().equals(event.ticketId())) {
            mongo.save(new CounterCallDocument(callId, call.serviceDate(), call.counterNumber(), call.ticketId(),
                    call.ticketNumber(), call.clinicName(), event.recalledAt(), call.announcement() + 1));
        }
    }

    @EventHandler
    void on(TicketSkippedEvent event, ReplayStatus replayStatus) {
        change(event.ticketId(), new Update().set("status", TicketStatus.SKIPPED).set("skippedAt", event.skippedAt()));
        announceNearTurns(event.serviceDate(), replayStatus);
    }

    /**
     * After the line moved up: each waiting ticket of the day with a phone number and no "near"
     * told yet whose tickets ahead are now at most the admin's "notify ahead" is told to the
     * {@link TurnWatch} and marked, so it is told once. While replaying, tickets are marked the
     * same way but nobody is told: the messages went out the first time; days that are over are
     * passed by. The number is opened for the watch; one that reads erased (its key destroyed before
     * the erasure reached this read model) is marked and nobody is told.
     */
    private void announceNearTurns(LocalDate serviceDate, ReplayStatus replayStatus) {
        if (replayStatus.isReplay() && serviceDate.isBefore(LocalDate.now(clock))) {
            // a rebuild going over a day that is over: no turn can be near any more, and the day's
            // waiting tickets need not be read again for every event (the rebuild's slowest step)
            return;
        }
        Query unannounced = Query.query(waitingOn(serviceDate).and("phone").ne(null).and("turnNearAnnounced").ne(true))
                                 .with(CALLING_ORDER);
        List<QueueTicketDocument> candidates = mongo.find(unannounced, QueueTicketDocument.class);
        if (candidates.isEmpty()) {
            return;
        }
        CallingRulesDocument rules = rules();
        int notifyAhead = rules.notifyAheadOrDefault();
        for (QueueTicketDocument ticket : candidates) {
            long ahead = waitingAhead(ticket, rules);
            if (ahead > notifyAhead) {
                continue;
            }
            // told before marked: should marking fail, the event comes again and the watch is told again,
            // which the notification aggregate ignores; the other order could lose the message
            if (!replayStatus.isReplay()) {
                String phone = personal.open(ticket.phone());
                if (!personal.isGone(phone)) {
                    turnWatch.turnNear(new TurnWatch.TurnNear(ticket.ticketId(), serviceDate, ticket.number(),
                            ticket.clinicName(), phone, ahead, ticket.patient()));
                }
            }
            mongo.updateFirst(Query.query(where("_id").is(ticket.ticketId())),
                    new Update().set("turnNearAnnounced", true), QueueTicketDocument.class);
        }
    }

    @EventHandler
    void on(TicketServingStartedEvent event) {
        change(event.ticketId(), new Update().set("status", TicketStatus.SERVING)
                                             .set("servingStartedAt", event.startedAt()));
    }

    @EventHandler
    void on(TicketFinishedEvent event) {
        change(event.ticketId(), new Update().set("status", TicketStatus.FINISHED).set("finishedAt", event.finishedAt()));
    }

    /** Applies a change to one ticket and tells its subscribers; answers the changed ticket. */
    private QueueTicketDocument change(String ticketId, Update update) {
        mongo.updateFirst(Query.query(where("_id").is(ticketId)), update, QueueTicketDocument.class);
        QueueTicketDocument ticket = mongo.findById(ticketId, QueueTicketDocument.class);
        if (ticket != null) {
            emitTicket(ticket);
        }
        return ticket;
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), QueueTicketDocument.class);
        mongo.remove(new Query(), CounterCallDocument.class);
        mongo.remove(new Query(), QueueClinicDocument.class);
        mongo.remove(new Query(), CallingRulesDocument.class);
    }

    private void emitTicket(QueueTicketDocument ticket) {
        updateEmitter.emit(FindTicketQuery.class, query -> query.ticketId().equals(ticket.ticketId()),
                toView(ticket));
        LocalDate day = LocalDate.parse(ticket.serviceDate());
        updateEmitter.emit(WatchQueueQuery.class, query -> query.serviceDate().equals(day), new QueueChanged(day));
    }

    @QueryHandler
    QueueChanged handle(WatchQueueQuery query) {
        return new QueueChanged(query.serviceDate());
    }

    @QueryHandler
    Optional<TicketView> handle(FindTicketQuery query) {
        return Optional.ofNullable(mongo.findById(query.ticketId(), QueueTicketDocument.class)).map(this::toView);
    }

    @QueryHandler
    Optional<TicketView> handle(FindBookingByCodeQuery query) {
        if (query.bookingCode() == null || query.serviceDate() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findOne(Query.query(where("bookingCode").is(query.bookingCode())
                                                                  .and("serviceDate").is(query.serviceDate().toString())),
                               QueueTicketDocument.class))
                       .map(this::toView);
    }

    /** A patient's own tickets only: asked by anyone else (but the application itself), the answer is empty. */
    @QueryHandler
    List<TicketView> handle(FindPatientTicketsQuery query, MetaData metaData) {
        Caller caller = Caller.fromMetaData(metaData);
        if (query.patient() == null || !caller.isSystem() && !query.patient().equals(caller.username())) {
            return List.of();
        }
        Query own = Query.query(where("patient").is(query.patient()).and("serviceDate").gte(query.from().toString()))
                         .with(Sort.by("serviceDate", "issuedAt"));
        return toViews(mongo.find(own, QueueTicketDocument.class));
    }

    @QueryHandler
    List<TicketView> handle(FindCallCandidatesQuery query) {
        Criteria criteria = waitingOn(query.serviceDate());
        if (query.category() != null) {
            criteria = criteria.and("category").is(query.category());
        }
        Query waiting = Query.query(criteria)
                             .with(CALLING_ORDER)
                             .limit(Math.max(1, query.limit()));
        return toViews(mongo.find(waiting, QueueTicketDocument.class));
    }

    @QueryHandler
    DisplayBoardView handle(FindDisplayBoardQuery query) {
        String day = query.serviceDate().toString();
        List<CounterCallView> calls = mongo.find(
                        Query.query(where("serviceDate").is(day)).with(Sort.by(Sort.Direction.DESC, "calledAt")),
                        CounterCallDocument.class)
                .stream()
                .map(call -> new CounterCallView(call.counterNumber(), call.ticketNumber(), call.clinicName(),
                        call.calledAt(), call.announcement()))
                .toList();
        return new DisplayBoardView(query.serviceDate(), calls,
                firstWaiting(query.serviceDate(), TicketCategory.PRIORITY),
                firstWaiting(query.serviceDate(), TicketCategory.GENERAL),
                countWaiting(query.serviceDate(), TicketCategory.PRIORITY),
                countWaiting(query.serviceDate(), TicketCategory.GENERAL),
                mongo.count(Query.query(where("serviceDate").is(day)
                                             .and("status").nin(TicketStatus.BOOKED, TicketStatus.CANCELLED)),
                        QueueTicketDocument.class),
                mongo.count(Query.query(where("serviceDate").is(day).and("status").in(TicketStatus.FINISHED,
                        TicketStatus.DIRECTED_TO_CLINIC)), QueueTicketDocument.class));
    }

    @QueryHandler
    List<ClinicDayReport> handle(FindDailyQueueReportQuery query) {
        List<QueueTicketDocument> tickets = mongo.find(
                Query.query(where("serviceDate").is(query.serviceDate().toString())
                                                .and("status").ne(TicketStatus.CANCELLED)), QueueTicketDocument.class);
        return tickets.stream()
                      .collect(java.util.stream.Collectors.groupingBy(QueueTicketDocument::clinicCode,
                              java.util.TreeMap::new, java.util.stream.Collectors.toList()))
                      .values().stream()
                      .map(QueueTicketProjection::report)
                      .toList();
    }

    private static ClinicDayReport report(List<QueueTicketDocument> tickets) {
        QueueTicketDocument first = tickets.get(0);
        List<java.time.Duration> waits = tickets.stream()
                .filter(ticket -> ticket.calledAt() != null)
                // an online booking waits from its arrival, not from the day it was booked
                .map(ticket -> java.time.Duration.between(ticket.online() && ticket.arrivedAt() != null
                        ? ticket.arrivedAt() : ticket.issuedAt(), ticket.calledAt()))
                .sorted()
                .toList();
        List<java.time.Duration> services = tickets.stream()
                .filter(ticket -> ticket.servingStartedAt() != null && ticket.finishedAt() != null)
                .map(ticket -> java.time.Duration.between(ticket.servingStartedAt(), ticket.finishedAt()))
                .toList();
        return new ClinicDayReport(first.clinicCode(), first.clinicName(), tickets.size(),
                count(tickets, ticket -> ticket.category() == TicketCategory.PRIORITY),
                count(tickets, ticket -> ticket.category() == TicketCategory.GENERAL),
                count(tickets, ticket -> ticket.payment() == id.giliran.api.queue.PaymentType.BPJS),
                count(tickets, ticket -> ticket.payment() == id.giliran.api.queue.PaymentType.UMUM),
                count(tickets, ticket -> ticket.status() == TicketStatus.FINISHED
                        || ticket.status() == TicketStatus.DIRECTED_TO_CLINIC),
                count(tickets, ticket -> ticket.status() == TicketStatus.SKIPPED),
                average(waits), percentile90(waits), average(services));
    }

    private static long count(List<QueueTicketDocument> tickets,
                              java.util.function.Predicate<QueueTicketDocument> which) {
        return tickets.stream().filter(which).count();
    }

    private static java.time.Duration average(List<java.time.Duration> durations) {
        return durations.isEmpty() ? null : durations.stream().reduce(java.time.Duration.ZERO, java.time.Duration::plus)
                                                     .dividedBy(durations.size());
    }

    /** Nearest rank: the smallest value with at least 90 % of the values at or below it. */
    private static java.time.Duration percentile90(List<java.time.Duration> sorted) {
        return sorted.isEmpty() ? null : sorted.get((int) Math.ceil(0.9 * sorted.size()) - 1);
    }

    @QueryHandler
    List<TicketView> handle(FindSkippedTicketsQuery query) {
        Query skipped = Query.query(where("serviceDate").is(query.serviceDate().toString())
                                                        .and("status").is(TicketStatus.SKIPPED))
                             .with(Sort.by("skippedAt"));
        return toViews(mongo.find(skipped, QueueTicketDocument.class));
    }

    @QueryHandler
    Optional<TicketView> handle(FindCounterTicketQuery query) {
        return Optional.ofNullable(mongo.findById(CounterCallDocument.id(query.serviceDate(), query.counterNumber()),
                               CounterCallDocument.class))
                       .map(call -> mongo.findById(call.ticketId(), QueueTicketDocument.class))
                       .map(this::toView);
    }

    /** Priority tickets first, then in the order they were taken; the number breaks ties. */
    private static final Sort CALLING_ORDER = Sort.by("categoryRank", "issuedAt", "prefix", "sequence");

    private static Criteria waitingOn(LocalDate serviceDate) {
        return where("serviceDate").is(serviceDate.toString()).and("status").is(TicketStatus.WAITING);
    }

    private String firstWaiting(LocalDate serviceDate, TicketCategory category) {
        Query first = Query.query(waitingOn(serviceDate).and("category").is(category)).with(CALLING_ORDER).limit(1);
        QueueTicketDocument ticket = mongo.findOne(first, QueueTicketDocument.class);
        return ticket == null ? null : ticket.number();
    }

    private long countWaiting(LocalDate serviceDate, TicketCategory category) {
        return mongo.count(Query.query(waitingOn(serviceDate).and("category").is(category)), QueueTicketDocument.class);
    }

    /**
     * How many waiting tickets are called before this one under the calling ratio (p priority, then
     * g general, again): ahead of a priority ticket are the priority tickets taken before it and the
     * general tickets the ratio lets in between; ahead of a general ticket the general tickets taken
     * before it and the priority tickets called in its cycle and before. The place in the current
     * cycle is not known here, so the figure can be off by one cycle. An online booking not yet
     * confirmed is counted as if it were waiting in its place; only confirmed tickets are ahead of it.
     */
    private long waitingAhead(QueueTicketDocument ticket, CallingRulesDocument rules) {
        if (ticket.status() != TicketStatus.WAITING && ticket.status() != TicketStatus.BOOKED) {
            return 0;
        }
        LocalDate day = LocalDate.parse(ticket.serviceDate());
        Criteria sameKindBefore = where("category").is(ticket.category()).and("issuedAt").lt(ticket.issuedAt());
        long before = mongo.count(Query.query(new Criteria().andOperator(waitingOn(day), sameKindBefore)),
                QueueTicketDocument.class);
        TicketCategory otherKind = ticket.category() == TicketCategory.PRIORITY ? TicketCategory.GENERAL
                : TicketCategory.PRIORITY;
        long others = countWaiting(day, otherKind);
        int p = rules.priority();
        int g = rules.general();
        if (ticket.category() == TicketCategory.PRIORITY) {
            return g == 0 ? before : before + Math.min(others, before / p * g);
        }
        return g == 0 ? before + others : before + Math.min(others, (before / g + 1) * p);
    }

    /** Today's measured service time once there are enough measurements, else the admin's starting value. */
    private double serviceMinutes(LocalDate day, CallingRulesDocument rules) {
        List<QueueTicketDocument> served = mongo.find(Query.query(where("serviceDate").is(day.toString())
                .and("status").in(TicketStatus.FINISHED, TicketStatus.DIRECTED_TO_CLINIC)), QueueTicketDocument.class);
        List<java.time.Duration> measured = served.stream()
                .filter(ticket -> ticket.servingStartedAt() != null && ticket.finishedAt() != null)
                .map(ticket -> java.time.Duration.between(ticket.servingStartedAt(), ticket.finishedAt()))
                .toList();
        if (measured.size() < ENOUGH_MEASUREMENTS) {
            return rules.averageServiceMinutes();
        }
        return average(measured).toSeconds() / 60.0;
    }

    /** Below this many finished services today, estimates use the admin's starting value. */
    static final int ENOUGH_MEASUREMENTS = 5;

    private TicketView toView(QueueTicketDocument ticket) {
        return toView(ticket, new Estimates(rules()));
    }

    /** Many tickets: the calling rules are read and each day's service time is measured once, not per ticket. */
    private List<TicketView> toViews(List<QueueTicketDocument> tickets) {
        Estimates estimates = new Estimates(rules());
        return tickets.stream().map(ticket -> toView(ticket, estimates)).toList();
    }

    private TicketView toView(QueueTicketDocument ticket, Estimates estimates) {
        LocalDate day = LocalDate.parse(ticket.serviceDate());
        long ahead = waitingAhead(ticket, estimates.rules);
        long estimate = ahead == 0 ? 0 : Math.round(ahead * estimates.serviceMinutes(day));
        return new TicketView(ticket.ticketId(), ticket.number(), day, ticket.category(), ticket.priorityReason(),
                ticket.payment(), ticket.clinicCode(), ticket.clinicName(), ticket.status(), ticket.issuedAt(),
                ticket.calledAt(), ticket.counterNumber(), ahead, estimate, ticket.online(), ticket.bookingCode());
    }

    /** The calling rules and each day's average service time, looked up once for a whole answer. */
    private final class Estimates {

        private final CallingRulesDocument rules;
        private final java.util.Map<LocalDate, Double> minutesPerDay = new java.util.HashMap<>();

        private Estimates(CallingRulesDocument rules) {
            this.rules = rules;
        }

        double serviceMinutes(LocalDate day) {
            return minutesPerDay.computeIfAbsent(day, measured -> QueueTicketProjection.this.serviceMinutes(measured, rules));
        }
    }
}
