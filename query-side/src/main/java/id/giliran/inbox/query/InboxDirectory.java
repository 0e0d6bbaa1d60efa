package id.giliran.inbox.query;

import id.giliran.api.counseling.Slot;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The names and booking facts the notices are worded with. The inbox projection keeps them (and
 * clears them on reset); the mailer only reads them, so both word a notice the same way.
 */
@Component
class InboxDirectory {

    private final MongoTemplate mongo;

    InboxDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The counselor's name from their profile, or their username while they have none. */
    String counselorName(String counselorId) {
        CounselorName known = mongo.findById(counselorId, CounselorName.class);
        return known == null || known.name() == null || known.name().isBlank() ? counselorId : known.name();
    }

    Optional<BookingFacts> booking(String bookingId) {
        return Optional.ofNullable(mongo.findById(bookingId, BookingFacts.class));
    }

    void counselorNamed(String counselorId, String name) {
        mongo.save(new CounselorName(counselorId, name));
    }

    void booked(BookingFacts facts) {
        mongo.save(facts);
    }

    void agreedAt(String bookingId, Slot slot) {
        mongo.updateFirst(Query.query(where("_id").is(bookingId)), new Update().set("start", slot.start().toString())
                .set("end", slot.end().toString()), BookingFacts.class);
    }

    void clear() {
        mongo.remove(new Query(), CounselorName.class);
        mongo.remove(new Query(), BookingFacts.class);
    }
}
