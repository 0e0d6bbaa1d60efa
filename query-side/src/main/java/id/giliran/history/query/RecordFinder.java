package id.giliran.history.query;

import id.giliran.api.counseling.CounselorCalendars;
import id.giliran.api.counseling.ServiceFrame;
import id.giliran.api.history.FindRecordQuery;
import id.giliran.api.history.RecordKind;
import id.giliran.api.history.RecordRef;
import id.giliran.api.identity.Usernames;
import id.giliran.api.queue.ConfigureQueueCommand;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The history's finder: from what a person knows of a record to the aggregate whose events tell its
 * story. It reads the read models' documents by their stored field names (ticket number and service
 * day in {@code queue_tickets}, {@code REG-…} in {@code registrations}, No. RM in {@code patients} (its letters and digits),
 * the booking's counselor in {@code counseling_bookings}, accounts, counselors and clinics by id);
 * it writes nothing. A counseling booking lives in its counselor's calendar, so its answer names the
 * calendar and the booking as the focus.
 */
@Component
class RecordFinder {

    private final MongoTemplate mongo;

    RecordFinder(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @QueryHandler
    Optional<RecordRef> handle(FindRecordQuery query) {
        if (query.kind() == null || query.text() == null || query.text().isBlank()
                || query.kind().needsDate() && query.date() == null) {
            return Optional.empty();
        }
        String text = query.text().strip();
        RecordKind kind = query.kind();
        return switch (kind) {
            case TICKET -> idOf("queue_tickets", new Query(where("number").is(ticketNumber(text))
                    .and("serviceDate").is(query.date().toString())))
                    .map(id -> new RecordRef(kind, id, null));
            case REGISTRATION -> idOf("registrations", new Query(where("registrationNumber").is(text.toUpperCase(Locale.ROOT))))
                    .map(id -> new RecordRef(kind, id, null));
            case PATIENT -> idOf("patients", new Query(where("recordKey").is(
                    text.replaceAll("[^\\p{Alnum}]", "").toUpperCase(Locale.ROOT))))
                    .map(id -> new RecordRef(kind, id, null));
            case COUNSELING_BOOKING -> Optional.ofNullable(mongo.findOne(new Query(where("_id").is(text)),
                            Document.class, "counseling_bookings"))
                    .map(booking -> new RecordRef(kind, CounselorCalendars.idOf(booking.getString("counselorId")), text));
            case COUNSELOR -> username(text).flatMap(name -> idOf("counselor_directory", new Query(where("_id").is(name))))
                    .map(id -> new RecordRef(kind, CounselorCalendars.idOf(id), null));
            case USER_ACCOUNT -> username(text).flatMap(name -> idOf("user_accounts", new Query(where("_id").is(name))))
                    .map(id -> new RecordRef(kind, id, null));
            case CLINIC -> idOf("clinics", new Query(where("_id").is(text.toUpperCase(Locale.ROOT))))
                    .map(id -> new RecordRef(kind, id, null));
            case SETTING -> setting(text).map(id -> new RecordRef(kind, id, null));
        };
    }

    private Optional<String> idOf(String collection, Query query) {
        query.fields().include("_id");
        return Optional.ofNullable(mongo.findOne(query, Document.class, collection)).map(found -> found.get("_id").toString());
    }

    private static Optional<String> username(String text) {
        return Usernames.normalise(text).or(() -> Optional.of(text.toLowerCase(Locale.ROOT)));
    }

    private static Optional<String> setting(String text) {
        String name = text.toLowerCase(Locale.ROOT);
        if (name.equals(RecordKind.QUEUE_SETTINGS_TEXT) || name.equals(ConfigureQueueCommand.SETTINGS_ID)) {
            return Optional.of(ConfigureQueueCommand.SETTINGS_ID);
        }
        if (name.equals(RecordKind.SERVICE_FRAME_TEXT) || name.equals(ServiceFrame.ID)) {
            return Optional.of(ServiceFrame.ID);
        }
        return Optional.empty();
    }

    /** "a-12" and "A-012" are the same ticket: prefix upper case, the number with three digits. */
    static String ticketNumber(String text) {
        String compact = text.toUpperCase(Locale.ROOT).replace(" ", "");
        int dash = compact.lastIndexOf('-');
        String prefix = dash < 0 ? compact.replaceAll("\\d+$", "") : compact.substring(0, dash);
        String digits = dash < 0 ? compact.substring(prefix.length()) : compact.substring(dash + 1);
        if (prefix.isEmpty() || !digits.matches("\\d{1,4}")) {
            return compact;
        }
        return prefix + "-" + String.format(Locale.ROOT, "%03d", Integer.parseInt(digits));
    }
}
