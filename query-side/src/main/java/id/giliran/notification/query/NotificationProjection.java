package id.giliran.notification.query;

import id.giliran.api.notification.FindDueNotificationsQuery;
import id.giliran.api.notification.FindNotificationLogQuery;
import id.giliran.api.notification.NotificationAbandonedEvent;
import id.giliran.api.notification.NotificationAttemptFailedEvent;
import id.giliran.api.notification.NotificationAttemptStartedEvent;
import id.giliran.api.notification.NotificationDeliveredEvent;
import id.giliran.api.notification.NotificationStatus;
import id.giliran.api.notification.TurnNotificationRequestedEvent;
import id.giliran.api.notification.TurnNotificationView;
import id.giliran.api.privacy.PersonalData;
import id.giliran.api.privacy.PersonalDataErasedEvent;
import id.giliran.privacy.query.SealedFields;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The WhatsApp notifications: which are due for the sender, and the day's log for the admin
 * (phone numbers masked there). Times are the events' own; every handler is an idempotent update.
 * The phone number is kept sealed with the booking account's key: the sender gets it sealed and opens
 * it where the message is sent; the admin's log opens it only to mask it. An erasure of that account
 * removes it, and the sender then gives the notification up without sending.
 */
@Component
@ProcessingGroup("notifications")
class NotificationProjection {

    private final MongoTemplate mongo;
    private final SealedFields personal;

    NotificationProjection(MongoTemplate mongo, SealedFields personal) {
        this.mongo = mongo;
        this.personal = personal;
        mongo.indexOps(NotificationDocument.class).createIndex(new Index()
                .on("status", Sort.Direction.ASC).on("nextAttemptAt", Sort.Direction.ASC));
        mongo.indexOps(NotificationDocument.class).createIndex(new Index()
                .on("serviceDate", Sort.Direction.ASC).on("requestedAt", Sort.Direction.ASC));
    }

    @EventHandler
    void on(TurnNotificationRequestedEvent event) {
        mongo.save(new NotificationDocument(event.notificationId(), event.ticketId(), event.serviceDate().toString(),
                event.ticketNumber(), event.clinicName(),
                personal.seal(SealedFields.account(event.patient(), TurnNotificationRequestedEvent.class),
                        event.phone()),
                event.ahead(), NotificationStatus.PENDING, 0, event.requestedAt(), null, null, event.requestedAt(),
                event.requestedAt(), event.patient()));
    }

    @EventHandler
    void on(NotificationAttemptStartedEvent event, @Timestamp Instant at) {
        change(event.notificationId(), new Update().set("status", NotificationStatus.SENDING)
                                                   .set("attempts", event.attempt())
                                                   .set("nextAttemptAt", null), at);
    }

    @EventHandler
    void on(NotificationDeliveredEvent event, @Timestamp Instant at) {
        change(event.notificationId(), new Update().set("status", NotificationStatus.DELIVERED)
                                                   .set("providerMessageId", event.providerMessageId()), at);
    }

    @EventHandler
    void on(NotificationAttemptFailedEvent event, @Timestamp Instant at) {
        change(event.notificationId(), new Update()
                .set("status", event.nextAttemptAt() == null ? NotificationStatus.FAILED : NotificationStatus.PENDING)
                .set("nextAttemptAt", event.nextAttemptAt())
                .set("lastError", event.reason()), at);
    }

    @EventHandler
    void on(NotificationAbandonedEvent event, @Timestamp Instant at) {
        change(event.notificationId(), new Update().set("status", NotificationStatus.FAILED)
                                                   .set("nextAttemptAt", null), at);
    }

    private void change(String notificationId, Update update, Instant at) {
        mongo.updateFirst(Query.query(where("_id").is(notificationId)), update.set("updatedAt", at),
                NotificationDocument.class);
    }

    /** The booking account's data was erased: its numbers go; statuses, attempts and times stay. */
    @EventHandler
    void on(PersonalDataErasedEvent event) {
        if (!SealedFields.isAccount(event)) {
            return;
        }
        mongo.updateMulti(Query.query(where("patient").is(event.subjectId())),
                new Update().set("phone", PersonalData.ERASED), NotificationDocument.class);
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), NotificationDocument.class);
    }

    /**
     * For the sender: the phone numbers sealed, as stored (opened only where the message is sent); none for a
     * notification whose account was erased.
     */
    @QueryHandler
    List<TurnNotificationView> handle(FindDueNotificationsQuery query) {
        Query due = Query.query(where("status").is(NotificationStatus.PENDING).and("nextAttemptAt").lte(query.now()))
                         .with(Sort.by("nextAttemptAt", "requestedAt"))
                         .limit(Math.max(1, query.limit()));
        return mongo.find(due, NotificationDocument.class).stream().map(document -> view(document, document.phone()))
                    .toList();
    }

    /** For the admin: phone numbers masked ("[dihapus]" once erased). */
    @QueryHandler
    List<TurnNotificationView> handle(FindNotificationLogQuery query) {
        Query day = Query.query(where("serviceDate").is(query.serviceDate().toString()))
                         .with(Sort.by("requestedAt", "ticketNumber"));
        return mongo.find(day, NotificationDocument.class).stream()
                    .map(document -> view(document, maskPhone(personal.open(document.phone()))))
                    .toList();
    }

    private static TurnNotificationView view(NotificationDocument document, String phone) {
        return new TurnNotificationView(document.notificationId(), document.ticketId(),
                LocalDate.parse(document.serviceDate()), document.ticketNumber(), document.clinicName(), phone,
                document.ahead(), document.status(), document.attempts(), document.nextAttemptAt(),
                document.lastError(), document.providerMessageId(), document.requestedAt(), document.updatedAt());
    }

    /** {@code +6281234567890} → {@code +62812****7890}: the operator prefix and the last four digits stay. */
    static String maskPhone(String phone) {
        if (phone == null || PersonalData.ERASED.equals(phone)) {
            return phone;
        }
        int keepStart = phone.startsWith("+") ? 6 : 5;
        if (phone.length() <= keepStart + 4) {
            return "*".repeat(phone.length());
        }
        return phone.substring(0, keepStart) + "****" + phone.substring(phone.length() - 4);
    }
}
