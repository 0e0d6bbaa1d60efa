package id.giliran.report.query;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The statistics read model in MongoDB. The facts live in entry documents (a queue line's tickets of a
 * day, a day's registrations, a day's BPJS visits and checks), each entry changed by {@code $set},
 * {@code $min} or {@code $max} only, so redelivery and replay give the same document. After each change
 * the part of the day it belongs to is summed up again from all its entries and written into the day's
 * summary ({@code statistics_days}, one document per service date, id the ISO date): reports read only
 * those, a handful of small documents fetched by id, because the embedded MongoDB has no secondary
 * indexes and would scan everything else.
 * <p>
 * Every change also counts up the entry document's {@code version}; a summary is written only over an
 * older one, so when two threads change the same document the summary of the later state stays.
 */
final class StatisticsStore {

    static final String DAYS = "statistics_days";
    static final String QUEUE_LINES = "statistics_queue_lines";
    static final String REGISTRATION_DAYS = "statistics_registration_days";
    static final String BPJS_DAYS = "statistics_bpjs_days";
    static final String REGISTRATIONS = "statistics_registrations";
    static final String NAMES = "statistics_names";

    static final List<String> COLLECTIONS = List.of(DAYS, QUEUE_LINES, REGISTRATION_DAYS, BPJS_DAYS, REGISTRATIONS,
            NAMES);

    /** Days asked for at once: keeps each {@code $in} short. */
    private static final int BATCH = 100;

    private final MongoTemplate mongo;

    StatisticsStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    MongoTemplate mongo() {
        return mongo;
    }

    /**
     * Changes one entry ({@code map.key}) of the document {@code id} in {@code collection}, then writes
     * the summary of the whole document as {@code part} of the day's summary.
     */
    void change(String collection, String id, LocalDate date, String map, String key, Change change, String part,
                Function<Document, Document> summary) {
        Update update = change.toUpdate(map + "." + key).inc("version", 1).setOnInsert("date", date.toString());
        Document entries = mongo.findAndModify(Query.query(where("_id").is(id)), update,
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, collection);
        if (entries != null) {
            summarize(date, part, entries, summary);
        }
    }

    void summarize(LocalDate date, String part, Document entries, Function<Document, Document> summary) {
        long version = ((Number) entries.getOrDefault("version", 0)).longValue();
        Document summed = summary.apply(entries).append("version", version);
        try {
            mongo.upsert(Query.query(where("_id").is(date.toString()).and(part + ".version").not().gte(version)),
                    new Update().set(part, summed), DAYS);
        } catch (DuplicateKeyException newerSummaryThere) {
            // another thread summed up a later state of the same entries: that one stays
        }
    }

    /** The summaries of these days, those that have one, by id. */
    List<Document> days(Collection<String> dates) {
        List<String> ids = new ArrayList<>(dates);
        List<Document> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            found.addAll(mongo.find(Query.query(where("_id").in(batch)), Document.class, DAYS));
        }
        return found;
    }

    List<Document> byIds(Collection<String> ids, String collection) {
        return ids.isEmpty() ? List.of()
                : mongo.find(Query.query(where("_id").in(ids)), Document.class, collection);
    }

    Document byId(String id, String collection) {
        return mongo.findById(id, Document.class, collection);
    }

    void reset() {
        COLLECTIONS.forEach(collection -> mongo.remove(new Query(), collection));
    }
}
