package id.giliran.report.query;

import org.bson.Document;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one event changes in one entry of a statistics document: fields set to a value, a time kept as
 * the earliest or the latest seen. Each is idempotent, so an event handled twice leaves the entry as it
 * was after the first time. The same change becomes a MongoDB update ({@link #toUpdate}) or is applied
 * to a document in memory ({@link #applyTo}, which the benchmark uses to build a month quickly).
 */
final class Change {

    private final Map<String, Object> set = new LinkedHashMap<>();
    private final Map<String, Date> earliest = new LinkedHashMap<>();
    private final Map<String, Date> latest = new LinkedHashMap<>();

    Change set(String field, Object value) {
        set.put(field, value instanceof Instant instant ? Date.from(instant)
                : value instanceof Enum<?> constant ? constant.name() : value);
        return this;
    }

    Change earliest(String field, Instant value) {
        earliest.put(field, Date.from(value));
        return this;
    }

    Change latest(String field, Instant value) {
        latest.put(field, Date.from(value));
        return this;
    }

    /** The update of the entry at {@code path} (e.g. {@code tickets.t-1}). */
    Update toUpdate(String path) {
        Update update = new Update();
        set.forEach((field, value) -> update.set(path + "." + field, value));
        earliest.forEach((field, value) -> update.min(path + "." + field, value));
        latest.forEach((field, value) -> update.max(path + "." + field, value));
        return update;
    }

    void applyTo(Document entry) {
        entry.putAll(set);
        earliest.forEach((field, value) -> {
            Date now = entry.getDate(field);
            entry.put(field, now == null || value.before(now) ? value : now);
        });
        latest.forEach((field, value) -> {
            Date now = entry.getDate(field);
            entry.put(field, now == null || value.after(now) ? value : now);
        });
    }
}
