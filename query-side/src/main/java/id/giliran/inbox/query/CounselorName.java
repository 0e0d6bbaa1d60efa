package id.giliran.inbox.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A counselor's display name, from their profile. */
@Document("inbox_counselors")
record CounselorName(@Id String counselorId, String name) {
}
