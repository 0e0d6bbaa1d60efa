package id.giliran.operations.query;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import id.giliran.privacy.LogSafe;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The layout of each read model whose documents changed shape, and the upgrade of one stored in an older layout:
 * on start, its processor is reset once, so the read model is rebuilt from the events in the new layout (as
 * "Bangun ulang" does). A data directory that has no read models yet is simply marked current. Layout 2 (issue
 * #14): personal data kept only hashed or sealed, and blanked on erasure.
 * <p>
 * A read model served by another process (scale-out) is upgraded there: only processors of this process count.
 */
@Component
class ReadModelLayouts {

    static final String COLLECTION = "read_model_layouts";
    private static final String TOKENS = "axon_tracking_tokens";
    private static final Logger LOG = LoggerFactory.getLogger(ReadModelLayouts.class);

    /** Processing group -> the layout its read model is written in now. */
    static final Map<String, Integer> LAYOUTS = new TreeMap<>(Map.of(
            "patients", 2,
            "registrations", 2,
            "bpjs-bridging-log", 2,
            "patient-documents", 2,
            "counseling-bookings", 2,
            "counseling-chat", 2,
            "inbox", 2,
            "queue-tickets", 2,
            "notifications", 2,
            "user-accounts", 2));

    private final MongoOperations mongo;
    private final Processors processors;
    private final Set<String> runBefore;

    ReadModelLayouts(MongoOperations mongo, Processors processors) {
        this.mongo = mongo;
        this.processors = processors;
        // read while the bean is made, before the processors start: which read models a previous run had written
        this.runBefore = new HashSet<>();
        mongo.getCollection(TOKENS).distinct("processorName", String.class).into(runBefore);
    }

    /** @return the processing groups rebuilt now */
    @EventListener(ApplicationReadyEvent.class)
    List<String> upgrade() {
        List<String> rebuilt = new ArrayList<>();
        for (Map.Entry<String, Integer> layout : LAYOUTS.entrySet()) {
            String group = layout.getKey();
            StreamingEventProcessor processor = processors.find(group).orElse(null);
            if (processor == null) {
                continue;
            }
            Document stored = mongo.getCollection(COLLECTION).find(Filters.eq("_id", group)).first();
            if (stored != null && stored.getInteger("layout", 0) >= layout.getValue()) {
                continue;
            }
            // a read model first written in this run is in the current layout already
            if (runBefore.contains(group)) {
                if (!rebuild(group, processor)) {
                    continue;
                }
                rebuilt.add(group);
            }
            mongo.getCollection(COLLECTION).replaceOne(Filters.eq("_id", group),
                    new Document("_id", group).append("layout", layout.getValue()), new ReplaceOptions().upsert(true));
        }
        return rebuilt;
    }

    private boolean rebuild(String group, StreamingEventProcessor processor) {
        try {
            LOG.info("The read model of {} is stored in an older layout: rebuilding it from the events", group);
            processor.shutDown();
            try {
                processors.deadLetters(group).ifPresent(queue -> queue.clear());
                processor.resetTokens();
            } finally {
                processor.start();
            }
            return true;
        } catch (RuntimeException failure) {
            LOG.warn("Could not rebuild the read model of {} now ({}); it is tried again at the next start", group,
                    LogSafe.describe(failure));
            return false;
        }
    }
}
