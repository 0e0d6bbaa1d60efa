package id.giliran.inbox.query;

import id.giliran.api.counseling.CounselingAlternativeAcceptedEvent;
import id.giliran.api.counseling.CounselingConfirmedEvent;
import id.giliran.api.counseling.CounselingRequestedEvent;
import id.giliran.api.counseling.CounselorProfileSavedEvent;
import id.giliran.api.identity.Caller;
import id.giliran.api.identity.Role;
import id.giliran.api.inbox.CountUnreadInboxQuery;
import id.giliran.api.inbox.FindInboxQuery;
import id.giliran.api.inbox.InboxMessageView;
import id.giliran.api.inbox.InboxMessagesReadEvent;
import id.giliran.api.privacy.PersonalData;
import id.giliran.api.privacy.PersonalDataErasedEvent;
import id.giliran.privacy.query.SealedFields;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The in-app inbox: every notice a counseling event causes, one document per recipient (a person or
 * a role). A message's id is the event's id and the recipient, and it is written only if absent,
 * so an event handled twice leaves one message with its read state intact. Times are the events'.
 *
 * <p>The unread count is followed live per person: a subscription query's metadata names its
 * caller, so when a message arrives or is read, each open {@link CountUnreadInboxQuery}
 * subscription of a person concerned gets that person's own new count (and no one else's).
 *
 * <p>A notice's body that tells of a student's counseling (its {@link Notice#subject()}) is kept only
 * sealed with that student's key, and opened when the inbox is read; titles hold no such content and stay
 * clear. An erasure of the student's account blanks those bodies (they read "[dihapus]") and the name the
 * inbox remembers; the messages, their times and read state stay, so counts do not change.
 */
@Component
@ProcessingGroup("inbox")
class InboxProjection {

    static final int MAX_LIMIT = 200;

    private final MongoTemplate mongo;
    private final QueryUpdateEmitter updateEmitter;
    private final InboxDirectory directory;
    private final CounselingNotices notices;
    private final SealedFields personal;

    InboxProjection(MongoTemplate mongo, QueryUpdateEmitter updateEmitter, InboxDirectory directory,
                    CounselingNotices notices, SealedFields personal) {
        this.mongo = mongo;
        this.updateEmitter = updateEmitter;
        this.directory = directory;
        this.notices = notices;
        this.personal = personal;
        mongo.indexOps(InboxMessageDocument.class).createIndex(new Index()
                .on("username", Sort.Direction.ASC).on("at", Sort.Direction.DESC));
        mongo.indexOps(InboxMessageDocument.class).createIndex(new Index()
                .on("role", Sort.Direction.ASC).on("at", Sort.Direction.DESC));
    }

    @EventHandler
    void on(CounselorProfileSavedEvent event) {
        directory.counselorNamed(event.counselorId(), event.name());
    }

    @EventHandler
    void on(CounselingRequestedEvent event, @MessageIdentifier String eventId, @Timestamp Instant at,
            ReplayStatus replay) {
        directory.booked(BookingFacts.of(event.bookingId(), event.counselorId(), event.studentUsername(),
                event.studentName(), event.channel(), event.slot()));
        deliver(event, eventId, at, replay);
    }

    @EventHandler
    void on(CounselingConfirmedEvent event, @MessageIdentifier String eventId, @Timestamp Instant at,
            ReplayStatus replay) {
        directory.agreedAt(event.bookingId(), event.slot());
        deliver(event, eventId, at, replay);
    }

    @EventHandler
    void on(CounselingAlternativeAcceptedEvent event, @MessageIdentifier String eventId, @Timestamp Instant at,
            ReplayStatus replay) {
        directory.agreedAt(event.bookingId(), event.slot());
        deliver(event, eventId, at, replay);
    }

    /** Every other event: the notices it causes, if any (most events cause none). */
    @EventHandler
    void on(Object event, @MessageIdentifier String eventId, @Timestamp Instant at, ReplayStatus replay) {
        deliver(event, eventId, at, replay);
    }

    @EventHandler
    void on(InboxMessagesReadEvent event, MetaData metaData, ReplayStatus replay) {
        Criteria mine = visibleTo(readerOf(event, metaData));
        Criteria which = event.messageIds() == null || event.messageIds().isEmpty()
                ? where("at").lte(event.readAt())
                : where("_id").in(event.messageIds());
        mongo.updateMulti(Query.query(new Criteria().andOperator(mine, which)),
                new Update().addToSet("readBy", event.username()), InboxMessageDocument.class);
        if (!replay.isReplay()) {
            emitUnreadCounts(caller -> event.username().equals(caller.username()));
        }
    }

    /**
     * The student's account was erased: every notice about their counseling loses its body (read as
     * "[dihapus]"), whoever it was for; the name the inbox remembers of their bookings goes too.
     */
    @EventHandler
    void on(PersonalDataErasedEvent event) {
        if (!SealedFields.isAccount(event)) {
            return;
        }
        mongo.updateMulti(Query.query(where("subject").is(event.subjectId())),
                new Update().set("body", PersonalData.ERASED), InboxMessageDocument.class);
        directory.studentErased(event.subjectId());
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), InboxMessageDocument.class);
        directory.clear();
    }

    @QueryHandler
    List<InboxMessageView> handle(FindInboxQuery query, MetaData metaData) {
        Caller caller = Caller.fromMetaData(metaData);
        if (!caller.isSignedIn()) {
            return List.of();
        }
        int limit = Math.max(1, Math.min(query.limit(), MAX_LIMIT));
        Query newest = Query.query(visibleTo(caller)).with(Sort.by(Sort.Direction.DESC, "at", "_id")).limit(limit);
        return mongo.find(newest, InboxMessageDocument.class).stream()
                    .map(message -> message.toView(caller.username(), personal::open))
                    .toList();
    }

    @QueryHandler
    Long handle(CountUnreadInboxQuery query, MetaData metaData) {
        return unread(Caller.fromMetaData(metaData));
    }

    private void deliver(Object event, String eventId, Instant at, ReplayStatus replay) {
        List<Notice> caused = notices.of(event);
        if (caused.isEmpty()) {
            return;
        }
        for (Notice notice : caused) {
            Recipient to = notice.to();
            mongo.upsert(Query.query(where("_id").is(messageIdOf(eventId, to))), new Update()
                    .setOnInsert("username", to.username())
                    .setOnInsert("role", to.role())
                    .setOnInsert("title", notice.title())
                    .setOnInsert("body", bodyOf(notice))
                    .setOnInsert("subject", notice.subject())
                    .setOnInsert("link", notice.link())
                    .setOnInsert("at", at)
                    .setOnInsert("readBy", List.of()), InboxMessageDocument.class);
        }
        if (!replay.isReplay()) {
            emitUnreadCounts(caller -> caused.stream().map(Notice::to).anyMatch(to -> concerns(to, caller)));
        }
    }

    /**
     * The body as stored: sealed with the key of the student it tells of, always (a body mixes parts read from
     * several events, so one part reading "[dihapus]" says nothing of the others). In a replay after an erasure
     * this seals text that already reads "[dihapus]" under a new key of that student; the erasure, replayed
     * after it, blanks it.
     */
    private String bodyOf(Notice notice) {
        if (notice.subject() == null) {
            return notice.body();
        }
        return personal.seal(SealedFields.account(notice.subject(), Notice.class), notice.body());
    }

    /** The same for every delivery of one event to one recipient, so a redelivered event adds nothing. */
    static String messageIdOf(String eventId, Recipient to) {
        return eventId + ":" + to.key();
    }

    private static boolean concerns(Recipient to, Caller caller) {
        return to.isRole() ? caller.roles().contains(to.role()) : to.username().equals(caller.username());
    }

    /** Whose read state the event changes: the reader, with the roles their session had (if it says). */
    private static Caller readerOf(InboxMessagesReadEvent event, MetaData metaData) {
        Caller sender = Caller.fromMetaData(metaData);
        Set<Role> roles = event.username().equals(sender.username()) ? sender.roles() : Set.of();
        return new Caller(event.username(), roles, null);
    }

    private static Criteria visibleTo(Caller caller) {
        List<Criteria> any = new ArrayList<>();
        any.add(where("username").is(caller.username()));
        if (!caller.roles().isEmpty()) {
            any.add(where("role").in(caller.roles()));
        }
        return new Criteria().orOperator(any);
    }

    private long unread(Caller caller) {
        if (!caller.isSignedIn()) {
            return 0L;
        }
        Query unread = Query.query(new Criteria().andOperator(visibleTo(caller),
                where("readBy").ne(caller.username())));
        return mongo.count(unread, InboxMessageDocument.class);
    }

    /**
     * Sends each open unread-count subscription whose caller {@code concerned} accepts the new count
     * of that caller, worked out once per person (and role set).
     */
    private void emitUnreadCounts(Predicate<Caller> concerned) {
        Map<Caller, Set<String>> subscriptionsByCaller = updateEmitter.activeSubscriptions().stream()
                .filter(subscription -> subscription.getPayload() instanceof CountUnreadInboxQuery)
                .collect(Collectors.groupingBy(InboxProjection::subscriber,
                        Collectors.mapping(SubscriptionQueryMessage::getIdentifier, Collectors.toSet())));
        subscriptionsByCaller.forEach((caller, subscriptionIds) -> {
            if (caller.isSignedIn() && concerned.test(caller)) {
                Long count = unread(caller);
                updateEmitter.emit(subscription -> subscriptionIds.contains(subscription.getIdentifier()), count);
            }
        });
    }

    private static Caller subscriber(SubscriptionQueryMessage<?, ?, ?> subscription) {
        Caller caller = Caller.fromMetaData(subscription.getMetaData());
        return new Caller(caller.username(), caller.roles(), null);
    }
}
