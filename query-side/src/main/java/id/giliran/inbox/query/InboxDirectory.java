package id.giliran.inbox.query;

import id.giliran.api.counseling.CounselingRequestedEvent;
import id.giliran.api.counseling.Slot;
import id.giliran.api.privacy.PersonalData;
import id.giliran.privacy.query.SealedFields;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The names and booking facts the notices are worded with. The inbox projection keeps them (and
 * clears them on reset); the mailer only reads them, so both word a notice the same way. A student's
 * name is stored sealed with the student's key and opened here; an erasure blanks it.
 */
@Component
class InboxDirectory {

    private final MongoTemplate mongo;
    private final SealedFields personal;

    InboxDirectory(MongoTemplate mongo, SealedFields personal) {
        this.mongo = mongo;
        this.personal = personal;
    }

    /** The counselor's name from their profile, or their username while they have none. */
    String counselorName(String counselorId) {
        CounselorName known = mongo.findById(counselorId, CounselorName.class);
        return known == null || known.name() == null || known.name().isBlank() ? counselorId : known.name();
    }

    /** The booking's facts, the student's name opened ("[dihapus]" once erased). */
    Optional<BookingFacts> booking(String bookingId) {
        return Optional.ofNullable(mongo.findById(bookingId, BookingFacts.class))
                       .map(facts -> facts.withStudentName(personal.open(facts.studentName())));
    }

    void counselorNamed(String counselorId, String name) {
        mongo.save(new CounselorName(counselorId, name));
    }

    /** Keeps a new booking's facts, the student's name sealed. */
    void booked(BookingFacts facts) {
        mongo.save(facts.withStudentName(personal.seal(
                SealedFields.account(facts.studentUsername(), CounselingRequestedEvent.class), facts.studentName())));
    }

    /** The student's account was erased: their name goes from every booking the inbox remembers. */
    void studentErased(String studentUsername) {
        mongo.updateMulti(Query.query(where("studentUsername").is(studentUsername)),
                new Update().set("studentName", PersonalData.ERASED), BookingFacts.class);
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
