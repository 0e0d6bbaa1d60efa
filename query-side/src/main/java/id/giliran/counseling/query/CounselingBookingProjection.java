package id.giliran.counseling.query;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.counseling.CounselingAlternativeAcceptedEvent;
import id.giliran.api.counseling.CounselingAlternativesDeclinedEvent;
import id.giliran.api.counseling.CounselingBookingView;
import id.giliran.api.counseling.CounselingCancelledEvent;
import id.giliran.api.counseling.CounselingCompletedEvent;
import id.giliran.api.counseling.CounselingConfirmedEvent;
import id.giliran.api.counseling.CounselingNoShowRecordedEvent;
import id.giliran.api.counseling.CounselingPostponedEvent;
import id.giliran.api.counseling.CounselingReminderDueEvent;
import id.giliran.api.counseling.CounselingRequestedEvent;
import id.giliran.api.counseling.CounselingResponseOverdueEvent;
import id.giliran.api.counseling.CounselingStatus;
import id.giliran.api.counseling.CounselorHoursExceptionAddedEvent;
import id.giliran.api.counseling.CounselorHoursExceptionRemovedEvent;
import id.giliran.api.counseling.CounselorHoursSetEvent;
import id.giliran.api.counseling.CounselorProfileSavedEvent;
import id.giliran.api.counseling.DueCounselingReminder;
import id.giliran.api.counseling.FindCounselingAwaitingResponseQuery;
import id.giliran.api.counseling.FindCounselingBookingQuery;
import id.giliran.api.counseling.FindCounselorBookingsQuery;
import id.giliran.api.counseling.FindDueCounselingRemindersQuery;
import id.giliran.api.counseling.FindOverdueCounselingQuery;
import id.giliran.api.counseling.FindStudentCounselingQuery;
import id.giliran.api.counseling.OnBehalfRequest;
import id.giliran.api.counseling.ReminderKind;
import id.giliran.api.identity.Caller;
import id.giliran.api.identity.Role;
import id.giliran.api.privacy.PersonalData;
import id.giliran.api.privacy.PersonalDataErasedEvent;
import id.giliran.api.privacy.SubjectRef;
import id.giliran.counseling.query.CounselingBookingDocument.SentReminderDocument;
import id.giliran.counseling.query.SchoolTime.SlotDocument;
import id.giliran.privacy.query.SealedFields;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Counseling bookings as their student, their counselor and ADMIN see them, and as the reminder
 * sender and the service-level watch find them: one document per booking, plus the counselors'
 * names. Screens that subscribed to a counselor's list, a student's list or one booking get the
 * changed {@link CounselingBookingView} whenever the booking changes.
 * <p>
 * Counseling content (the topic, the cancel, postpone and decline reasons, the on-behalf requester's name and
 * reason) is kept only sealed with the student's key and opened when a query answers; the student's name stays
 * clear (the counselor's list shows it). An erasure of the student's account blanks all of it at once.
 */
@Component
@ProcessingGroup(CounselingBookingProjection.PROCESSING_GROUP)
class CounselingBookingProjection {

    static final String PROCESSING_GROUP = "counseling-bookings";
    private static final String SLOT_START = "slot.start";
    private static final Duration LONGEST_REMINDER = Arrays.stream(ReminderKind.values())
                                                           .map(ReminderKind::before)
                                                           .max(Duration::compareTo)
                                                           .orElse(Duration.ZERO);

    private final MongoTemplate mongo;
    private final QueryUpdateEmitter updateEmitter;
    private final Clock clock;
    private final SealedFields personal;

    CounselingBookingProjection(MongoTemplate mongo, QueryUpdateEmitter updateEmitter, Clock clock,
                                SealedFields personal) {
        this.mongo = mongo;
        this.updateEmitter = updateEmitter;
        this.clock = clock;
        this.personal = personal;
        mongo.indexOps(CounselingBookingDocument.class).createIndex(new Index()
                .on("counselorId", Sort.Direction.ASC).on(SLOT_START, Sort.Direction.ASC));
        mongo.indexOps(CounselingBookingDocument.class).createIndex(new Index()
                .on("studentUsername", Sort.Direction.ASC).on(SLOT_START, Sort.Direction.DESC));
        mongo.indexOps(CounselingBookingDocument.class).createIndex(new Index()
                .on("status", Sort.Direction.ASC).on(SLOT_START, Sort.Direction.ASC));
    }

    @EventHandler
    void on(CounselorProfileSavedEvent event) {
        mongo.save(new CounselorNameDocument(event.counselorId(), event.name()));
    }

    @EventHandler
    void on(CounselingRequestedEvent event, @Timestamp Instant at) {
        SubjectRef student = SealedFields.account(event.studentUsername(), CounselingRequestedEvent.class);
        OnBehalfRequest onBehalf = event.onBehalf() == null ? null : new OnBehalfRequest(
                personal.seal(student, event.onBehalf().requesterName()), event.onBehalf().relation(),
                personal.seal(student, event.onBehalf().reason()));
        CounselingBookingDocument booking = new CounselingBookingDocument(event.bookingId(), event.counselorId(),
                event.studentUsername(), event.studentName(), SlotDocument.of(event.slot()),
                personal.seal(student, event.topic()), event.channel(), CounselingStatus.PENDING, onBehalf,
                event.requestedBy(), event.requestedAt(), null, List.of(), false, false, null, List.of(), at);
        mongo.save(booking);
        emit(booking);
    }

    @EventHandler
    void on(CounselingConfirmedEvent event, @Timestamp Instant at) {
        change(event.bookingId(), at, new Update().set("status", CounselingStatus.CONFIRMED)
                                                  .set("confirmedAt", event.confirmedAt()));
    }

    @EventHandler
    void on(CounselingPostponedEvent event, @Timestamp Instant at) {
        List<SlotDocument> alternatives = event.alternatives() == null ? List.of()
                : event.alternatives().stream().map(SlotDocument::of).toList();
        change(event.bookingId(), at, new Update().set("status", CounselingStatus.POSTPONED)
                                                  .set("reason", sealed(event.studentUsername(), event.reason()))
                                                  .set("alternatives", alternatives)
                                                  .set("outsideHours", false));
    }

    @EventHandler
    void on(CounselingAlternativeAcceptedEvent event, @Timestamp Instant at) {
        change(event.bookingId(), at, new Update().set("status", CounselingStatus.CONFIRMED)
                                                  .set("slot", SlotDocument.of(event.slot()))
                                                  .set("alternatives", List.of())
                                                  .set("confirmedAt", event.acceptedAt())
                                                  .set("outsideHours", false));
    }

    @EventHandler
    void on(CounselingAlternativesDeclinedEvent event, @Timestamp Instant at) {
        change(event.bookingId(), at, ended(CounselingStatus.CANCELLED)
                .set("reason", sealed(event.studentUsername(), event.reason())));
    }

    @EventHandler
    void on(CounselingCancelledEvent event, @Timestamp Instant at) {
        change(event.bookingId(), at, ended(CounselingStatus.CANCELLED)
                .set("reason", sealed(event.studentUsername(), event.reason())));
    }

    private String sealed(String studentUsername, String text) {
        return personal.seal(SealedFields.account(studentUsername, CounselingBookingDocument.class), text);
    }

    /**
     * The student's account was erased: in each of their bookings the name reads "[dihapus]" and every
     * counseling text that was there is replaced by that mark (the sealed value is gone, not merely unreadable).
     * Times, statuses, channels and ids stay. In a replay the events before the erasure already read the mark.
     */
    @EventHandler
    void on(PersonalDataErasedEvent event) {
        if (!SealedFields.isAccount(event)) {
            return;
        }
        List<CounselingBookingDocument> bookings = mongo.find(Query.query(where("studentUsername")
                .is(event.subjectId())), CounselingBookingDocument.class);
        for (CounselingBookingDocument booking : bookings) {
            Update blank = new Update().set("studentName", PersonalData.ERASED);
            if (booking.topic() != null) {
                blank.set("topic", PersonalData.ERASED);
            }
            if (booking.reason() != null) {
                blank.set("reason", PersonalData.ERASED);
            }
            if (booking.onBehalf() != null) {
                blank.set("onBehalf", new OnBehalfRequest(
                        booking.onBehalf().requesterName() == null ? null : PersonalData.ERASED,
                        booking.onBehalf().relation(),
                        booking.onBehalf().reason() == null ? null : PersonalData.ERASED));
            }
            mongo.updateFirst(Query.query(where("_id").is(booking.bookingId())), blank,
                    CounselingBookingDocument.class);
            CounselingBookingDocument blanked = mongo.findById(booking.bookingId(), CounselingBookingDocument.class);
            if (blanked != null) {
                emit(blanked);
            }
        }
    }

    @EventHandler
    void on(CounselingCompletedEvent event, @Timestamp Instant at) {
        change(event.bookingId(), at, ended(CounselingStatus.DONE));
    }

    @EventHandler
    void on(CounselingNoShowRecordedEvent event, @Timestamp Instant at) {
        change(event.bookingId(), at, ended(CounselingStatus.NO_SHOW));
    }

    private static Update ended(CounselingStatus status) {
        return new Update().set("status", status).set("alternatives", List.of()).set("outsideHours", false);
    }

    @EventHandler
    void on(CounselingResponseOverdueEvent event, @Timestamp Instant at) {
        change(event.bookingId(), at, new Update().set("overdue", true));
    }

    @EventHandler
    void on(CounselingReminderDueEvent event, @Timestamp Instant at) {
        change(event.bookingId(), at, new Update().addToSet("remindersSent",
                new SentReminderDocument(event.kind(), SchoolTime.text(event.slot().start()))));
    }

    @EventHandler
    void on(CounselorHoursSetEvent event, @Timestamp Instant at) {
        outsideHours(event.counselorId(), event.bookingsOutsideHours(), at);
    }

    @EventHandler
    void on(CounselorHoursExceptionAddedEvent event, @Timestamp Instant at) {
        outsideHours(event.counselorId(), event.bookingsOutsideHours(), at);
    }

    @EventHandler
    void on(CounselorHoursExceptionRemovedEvent event, @Timestamp Instant at) {
        outsideHours(event.counselorId(), event.bookingsOutsideHours(), at);
    }

    /** Each hours event lists every live booking its hours leave out: those are flagged, any other is not. */
    private void outsideHours(String counselorId, List<String> listed, Instant at) {
        Set<String> outside = listed == null ? Set.of() : new HashSet<>(listed);
        Criteria changing = where("counselorId").is(counselorId).orOperator(
                where("_id").in(outside).and("outsideHours").is(false),
                where("_id").nin(outside).and("outsideHours").is(true));
        for (CounselingBookingDocument booking : mongo.find(Query.query(changing), CounselingBookingDocument.class)) {
            change(booking.bookingId(), at, new Update().set("outsideHours", outside.contains(booking.bookingId())));
        }
    }

    private void change(String bookingId, Instant at, Update update) {
        mongo.updateFirst(Query.query(where("_id").is(bookingId)), update.set("updatedAt", at),
                CounselingBookingDocument.class);
        CounselingBookingDocument booking = mongo.findById(bookingId, CounselingBookingDocument.class);
        if (booking != null) {
            emit(booking);
        }
    }

    /**
     * Tells the open screens: a counselor's list (whatever its filters: a booking may leave it), a
     * student's list and the booking itself. Each update is the one changed booking.
     */
    private void emit(CounselingBookingDocument booking) {
        CounselingBookingView view = toView(booking);
        updateEmitter.emit(FindCounselorBookingsQuery.class,
                query -> booking.counselorId().equals(query.counselorId()), view);
        updateEmitter.emit(FindStudentCounselingQuery.class,
                query -> booking.studentUsername().equals(query.studentUsername()), view);
        updateEmitter.emit(FindCounselingBookingQuery.class,
                query -> booking.bookingId().equals(query.bookingId()), view);
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), CounselingBookingDocument.class);
        mongo.remove(new Query(), CounselorNameDocument.class);
    }

    /** A counselor's bookings, to that counselor or ADMIN; earliest session first. */
    @QueryHandler
    List<CounselingBookingView> handle(FindCounselorBookingsQuery query, MetaData metaData) {
        Caller caller = Caller.fromMetaData(metaData);
        boolean own = caller.hasAnyRole(Role.KONSELOR) && query.counselorId() != null
                && query.counselorId().equals(caller.username());
        if (!own && !caller.isSystem() && !caller.hasAnyRole(Role.ADMIN)) {
            throw notYours(caller, "the bookings of counselor " + query.counselorId());
        }
        Criteria criteria = where("counselorId").is(query.counselorId());
        if (query.statuses() != null && !query.statuses().isEmpty()) {
            criteria = criteria.and("status").in(query.statuses().stream().map(Enum::name).toList());
        }
        if (query.from() != null || query.to() != null) {
            Criteria start = criteria.and(SLOT_START);
            if (query.from() != null) {
                start = start.gte(SchoolTime.text(query.from().atStartOfDay()));
            }
            if (query.to() != null) {
                start.lt(SchoolTime.text(query.to().plusDays(1).atStartOfDay()));
            }
        }
        return views(Query.query(criteria).with(Sort.by(Sort.Direction.ASC, SLOT_START, "requestedAt")));
    }

    /**
     * A student's bookings, latest session first: to the student, ADMIN and the application; a
     * counselor sees only the student's bookings with them. Anybody else is refused.
     */
    @QueryHandler
    List<CounselingBookingView> handle(FindStudentCounselingQuery query, MetaData metaData) {
        Caller caller = Caller.fromMetaData(metaData);
        Criteria criteria = where("studentUsername").is(query.studentUsername());
        boolean own = query.studentUsername() != null && query.studentUsername().equals(caller.username());
        if (!own && !caller.isSystem() && !caller.hasAnyRole(Role.ADMIN)) {
            if (!caller.hasAnyRole(Role.KONSELOR) || caller.username() == null) {
                throw notYours(caller, "the bookings of student " + query.studentUsername());
            }
            criteria = criteria.and("counselorId").is(caller.username());
        }
        return views(Query.query(criteria).with(Sort.by(Sort.Direction.DESC, SLOT_START, "requestedAt")));
    }

    /** One booking, to its student, its counselor, ADMIN and the application; to anybody else it is not there. */
    @QueryHandler
    Optional<CounselingBookingView> handle(FindCounselingBookingQuery query, MetaData metaData) {
        Caller caller = Caller.fromMetaData(metaData);
        return Optional.ofNullable(query.bookingId())
                       .map(id -> mongo.findById(id, CounselingBookingDocument.class))
                       .filter(booking -> caller.isSystem() || caller.hasAnyRole(Role.ADMIN)
                               || caller.username() != null && (caller.username().equals(booking.studentUsername())
                               || caller.username().equals(booking.counselorId())))
                       .map(this::toView);
    }

    @QueryHandler
    List<CounselingBookingView> handle(FindOverdueCounselingQuery query) {
        return views(Query.query(where("status").is(CounselingStatus.PENDING.name()).and("overdue").is(true))
                          .with(Sort.by(Sort.Direction.ASC, "requestedAt")));
    }

    @QueryHandler
    List<CounselingBookingView> handle(FindCounselingAwaitingResponseQuery query) {
        return views(Query.query(where("status").is(CounselingStatus.PENDING.name()).and("overdue").is(false)
                                                .and("requestedAt").lte(query.requestedBefore()))
                          .with(Sort.by(Sort.Direction.ASC, "requestedAt")));
    }

    /**
     * The reminders of confirmed sessions due at {@code now}: each kind from its due time until the
     * session starts, unless it fell due before the booking was (last) confirmed or was already given
     * for that start.
     */
    @QueryHandler
    List<DueCounselingReminder> handle(FindDueCounselingRemindersQuery query) {
        LocalDateTime now = query.now();
        Query confirmed = Query.query(where("status").is(CounselingStatus.CONFIRMED.name())
                                                     .and(SLOT_START).gt(SchoolTime.text(now))
                                                     .lte(SchoolTime.text(now.plus(LONGEST_REMINDER))))
                               .with(Sort.by(Sort.Direction.ASC, SLOT_START));
        List<DueCounselingReminder> due = new ArrayList<>();
        for (CounselingBookingDocument booking : mongo.find(confirmed, CounselingBookingDocument.class)) {
            LocalDateTime start = SchoolTime.dateTime(booking.slot().start());
            LocalDateTime confirmedAt = booking.confirmedAt() == null ? null
                    : LocalDateTime.ofInstant(booking.confirmedAt(), clock.getZone());
            for (ReminderKind kind : ReminderKind.values()) {
                LocalDateTime dueAt = start.minus(kind.before());
                if (!dueAt.isAfter(now) && now.isBefore(start)
                        && (confirmedAt == null || !dueAt.isBefore(confirmedAt))
                        && !booking.reminderSent(kind, booking.slot().start())) {
                    due.add(new DueCounselingReminder(booking.counselorId(), booking.bookingId(), kind, start));
                }
            }
        }
        return due;
    }

    private static QueryExecutionException notYours(Caller caller, String what) {
        return new QueryExecutionException("a caller with roles " + caller.rolesText() + " may not read " + what,
                null, ErrorCode.NOT_YOUR_COUNSELING.name());
    }

    private List<CounselingBookingView> views(Query query) {
        List<CounselingBookingDocument> bookings = mongo.find(query, CounselingBookingDocument.class);
        Map<String, String> names = new HashMap<>();
        mongo.find(Query.query(where("_id").in(bookings.stream().map(CounselingBookingDocument::counselorId)
                                                       .distinct().toList())), CounselorNameDocument.class)
             .forEach(name -> names.put(name.counselorId(), name.name()));
        return bookings.stream().map(booking -> booking.toView(names.get(booking.counselorId()), personal::open))
                       .toList();
    }

    private CounselingBookingView toView(CounselingBookingDocument booking) {
        CounselorNameDocument name = mongo.findById(booking.counselorId(), CounselorNameDocument.class);
        return booking.toView(name == null ? null : name.name(), personal::open);
    }

    /** Counselors' names, kept here so a booking reads without asking another read model. */
    @Document("counseling_booking_counselors")
    record CounselorNameDocument(@Id String counselorId, String name) {
    }
}
