package id.giliran.counseling.query;

import id.giliran.api.counseling.CounselingMessageSentEvent;
import id.giliran.api.counseling.CounselingMessageView;
import id.giliran.api.counseling.CounselingRequestedEvent;
import id.giliran.api.counseling.CounselorProfileSavedEvent;
import id.giliran.api.counseling.FindCounselingMessagesQuery;
import id.giliran.api.identity.Caller;
import id.giliran.api.privacy.PersonalData;
import id.giliran.api.privacy.PersonalDataErasedEvent;
import id.giliran.privacy.query.SealedFields;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The chat of each counseling booking, to its student and its counselor only (the chat is
 * confidential: not even ADMIN reads it). One document per message, written only if absent (its id
 * is the booking and the message id), so a redelivered or replayed event adds nothing; plus, in
 * collections of its own, each booking's participants and the counselors' names, so a message is
 * shown with its sender's name without asking another read model. A new message goes to the open
 * chat screens of that booking as one {@link CounselingMessageView} update, but only to subscriptions
 * whose metadata names the booking's student or counselor (or the application).
 * <p>
 * A message's text is kept only sealed with the student's key (whoever wrote it: the conversation is the
 * student's counseling) and opened when it is read. An erasure of the student's account replaces every text of
 * their chats by "[dihapus]" and their name too; who wrote when stays.
 */
@Component
@ProcessingGroup(CounselingChatProjection.PROCESSING_GROUP)
class CounselingChatProjection {

    static final String PROCESSING_GROUP = "counseling-chat";

    private final MongoTemplate mongo;
    private final QueryUpdateEmitter updateEmitter;
    private final SealedFields personal;

    CounselingChatProjection(MongoTemplate mongo, QueryUpdateEmitter updateEmitter, SealedFields personal) {
        this.mongo = mongo;
        this.updateEmitter = updateEmitter;
        this.personal = personal;
        mongo.indexOps(ChatMessageDocument.class).createIndex(new Index()
                .on("bookingId", Sort.Direction.ASC).on("sentAt", Sort.Direction.ASC)
                .on("sequence", Sort.Direction.ASC));
    }

    @EventHandler
    void on(CounselorProfileSavedEvent event) {
        mongo.save(new ChatCounselorDocument(event.counselorId(), event.name()));
    }

    @EventHandler
    void on(CounselingRequestedEvent event) {
        mongo.save(new ChatBookingDocument(event.bookingId(), event.counselorId(), event.studentUsername(),
                event.studentName()));
    }

    @EventHandler
    void on(CounselingMessageSentEvent event, @SequenceNumber Long sequence, @Timestamp Instant at,
            ReplayStatus replay) {
        mongo.upsert(Query.query(where("_id").is(idOf(event.bookingId(), event.messageId()))), new Update()
                .setOnInsert("messageId", event.messageId())
                .setOnInsert("bookingId", event.bookingId())
                .setOnInsert("counselorId", event.counselorId())
                .setOnInsert("studentUsername", event.studentUsername())
                .setOnInsert("sender", event.sender())
                .setOnInsert("fromCounselor", event.fromCounselor())
                .setOnInsert("text", personal.seal(
                        SealedFields.account(event.studentUsername(), CounselingMessageSentEvent.class), event.text()))
                .setOnInsert("sentAt", event.sentAt() == null ? at : event.sentAt())
                .setOnInsert("sequence", sequence == null ? 0L : sequence)
                .setOnInsert("recordedAt", at), ChatMessageDocument.class);
        if (replay.isReplay()) {
            return;
        }
        ChatMessageDocument message = mongo.findById(idOf(event.bookingId(), event.messageId()),
                ChatMessageDocument.class);
        if (message == null) {
            return;
        }
        CounselingMessageView view = message.toView(senderName(message, mongo.findById(message.bookingId(),
                ChatBookingDocument.class)), personal.open(message.text()));
        updateEmitter.emit((SubscriptionQueryMessage<?, ?, CounselingMessageView> subscription) ->
                subscription.getPayload() instanceof FindCounselingMessagesQuery query
                        && message.bookingId().equals(query.bookingId())
                        && takesPart(Caller.fromMetaData(subscription.getMetaData()), message.counselorId(),
                        message.studentUsername()), view);
    }

    /** The student's account was erased: the texts of their chats and their name go; the messages stay as facts. */
    @EventHandler
    void on(PersonalDataErasedEvent event) {
        if (!SealedFields.isAccount(event)) {
            return;
        }
        mongo.updateMulti(Query.query(where("studentUsername").is(event.subjectId())),
                new Update().set("text", PersonalData.ERASED), ChatMessageDocument.class);
        mongo.updateMulti(Query.query(where("studentUsername").is(event.subjectId())),
                new Update().set("studentName", PersonalData.ERASED), ChatBookingDocument.class);
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), ChatMessageDocument.class);
        mongo.remove(new Query(), ChatBookingDocument.class);
        mongo.remove(new Query(), ChatCounselorDocument.class);
    }

    /** A booking's messages, oldest first, to its student and its counselor (and the application); anyone else gets none. */
    @QueryHandler
    List<CounselingMessageView> handle(FindCounselingMessagesQuery query, MetaData metaData) {
        if (query.bookingId() == null) {
            return List.of();
        }
        ChatBookingDocument booking = mongo.findById(query.bookingId(), ChatBookingDocument.class);
        if (booking == null
                || !takesPart(Caller.fromMetaData(metaData), booking.counselorId(), booking.studentUsername())) {
            return List.of();
        }
        Query messages = Query.query(where("bookingId").is(query.bookingId()))
                              .with(Sort.by(Sort.Direction.ASC, "sentAt", "sequence", "_id"));
        ChatCounselorDocument counselor = mongo.findById(booking.counselorId(), ChatCounselorDocument.class);
        return mongo.find(messages, ChatMessageDocument.class).stream()
                    .map(message -> message.toView(senderName(message, booking, counselor),
                            personal.open(message.text())))
                    .toList();
    }

    private static boolean takesPart(Caller caller, String counselorId, String studentUsername) {
        return caller.isSystem() || caller.username() != null
                && (caller.username().equals(counselorId) || caller.username().equals(studentUsername));
    }

    private String senderName(ChatMessageDocument message, ChatBookingDocument booking) {
        return senderName(message, booking, message.fromCounselor()
                ? mongo.findById(message.counselorId(), ChatCounselorDocument.class) : null);
    }

    /** The counselor's name from their profile, the student's from their request; else the username. */
    private static String senderName(ChatMessageDocument message, ChatBookingDocument booking,
                                     ChatCounselorDocument counselor) {
        String name = message.fromCounselor()
                ? counselor == null ? null : counselor.name()
                : booking == null ? null : booking.studentName();
        return name == null || name.isBlank() ? message.sender() : name;
    }

    static String idOf(String bookingId, String messageId) {
        return bookingId + "/" + messageId;
    }

    /**
     * One chat message. {@code sentAt} orders the chat; {@code sequence} (the event's place in the
     * counselor's calendar stream) breaks ties; {@code recordedAt} is the event's timestamp. {@code text} is
     * sealed with the student's key (or the erased mark).
     */
    @Document("counseling_chat_messages")
    record ChatMessageDocument(@Id String id, String messageId, String bookingId, String counselorId,
                               String studentUsername, String sender, boolean fromCounselor, String text,
                               Instant sentAt, long sequence, Instant recordedAt) {

        CounselingMessageView toView(String senderName, String openedText) {
            return new CounselingMessageView(messageId, bookingId, sender, senderName, fromCounselor, openedText,
                    sentAt);
        }
    }

    /** Who takes part in a booking's chat, and the student's name as the request gave it. */
    @Document("counseling_chat_bookings")
    record ChatBookingDocument(@Id String bookingId, String counselorId, String studentUsername, String studentName) {
    }

    /** A counselor's name, from their profile. */
    @Document("counseling_chat_counselors")
    record ChatCounselorDocument(@Id String counselorId, String name) {
    }
}
