package id.giliran.audit.query;

import id.giliran.api.audit.AccessKind;
import id.giliran.api.audit.AuditEntryKind;
import id.giliran.api.audit.AuditEntryView;
import id.giliran.api.audit.AuditTrailExportedEvent;
import id.giliran.api.audit.RecordAccessedEvent;
import id.giliran.api.audit.CommandOutcomeRecordedEvent;
import id.giliran.api.audit.FindAuditEntriesQuery;
import id.giliran.api.audit.SecurityEventKind;
import id.giliran.api.audit.SecurityEventRecordedEvent;
import id.giliran.api.audit.ReportExportedEvent;
import id.giliran.api.bpjs.BpjsSettingsChangedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The audit trail: every command outcome, every sign-in event, every read of a record by staff and
 * every export, each entry keyed by the event that recorded it, so a replay rebuilds exactly the
 * same trail.
 */
@Component
@ProcessingGroup("audit-trail")
class AuditTrailProjection {

    static final int MAX_ENTRIES = 1000;

    private final MongoTemplate mongo;
    private final ZoneId zone;

    AuditTrailProjection(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.zone = clock.getZone();
    }

    @EventHandler
    void on(CommandOutcomeRecordedEvent event, @MessageIdentifier String eventId) {
        mongo.save(new AuditEntryDocument(eventId, event.at(), event.username(), event.roles(), event.clientAddress(),
                event.commandName(), event.aggregateId(), event.succeeded(), event.errorCode(), AuditEntryKind.CHANGE));
    }

    @EventHandler
    void on(SecurityEventRecordedEvent event, @MessageIdentifier String eventId) {
        boolean refused = event.kind() != SecurityEventKind.LOGIN && event.kind() != SecurityEventKind.LOGOUT;
        mongo.save(new AuditEntryDocument(eventId, event.at(), event.username(), null, event.clientAddress(),
                event.kind().name(), null, !refused, null, AuditEntryKind.SECURITY));
    }

    /** An admin saved the PCare settings: which ones, never their values. */
    @EventHandler
    void on(BpjsSettingsChangedEvent event, @MessageIdentifier String eventId) {
        mongo.save(new AuditEntryDocument(eventId, event.at(), event.changedBy(), null, null,
                "BpjsSettingsChanged " + String.join(", ", event.changedFields()), null, true, null, AuditEntryKind.CHANGE));
    }

    /** A report was exported: which, in what format, for which period; never its figures. */
    @EventHandler
    void on(ReportExportedEvent event, @MessageIdentifier String eventId) {
        mongo.save(new AuditEntryDocument(eventId, event.exportedAt(), event.username(), event.roles(),
                event.clientAddress(), "ReportExported " + event.report() + " " + event.format() + " " + event.from()
                + (event.to().equals(event.from()) ? "" : " – " + event.to()), null, true, null, AuditEntryKind.EXPORT));
    }

    /** Staff read a record: which kind and its id; a search says by which kind of key and how many it found. */
    @EventHandler
    void on(RecordAccessedEvent event, @MessageIdentifier String eventId) {
        mongo.save(new AuditEntryDocument(eventId, event.at(), event.username(), event.roles(), event.clientAddress(),
                accessAction(event), event.recordId(), true, null, AuditEntryKind.ACCESS));
    }

    /** The audit trail was exported: the filter, format and rows; the record column holds the chain's digest. */
    @EventHandler
    void on(AuditTrailExportedEvent event, @MessageIdentifier String eventId) {
        mongo.save(new AuditEntryDocument(eventId, event.exportedAt(), event.username(), event.roles(),
                event.clientAddress(), "AuditTrailExported " + event.format() + " " + event.rows() + " rows"
                + (event.filter() == null || event.filter().isBlank() ? "" : " [" + event.filter() + "]"),
                event.digest(), event.complete(), event.complete() ? null : "EXPORT_INCOMPLETE",
                AuditEntryKind.EXPORT));
    }

    static String accessAction(RecordAccessedEvent event) {
        StringBuilder action = new StringBuilder("RecordAccessed ").append(event.kind().name());
        if (event.lookupKey() != null) {
            action.append(" key=").append(event.lookupKey().name());
        }
        if (event.results() != null || event.kind() == AccessKind.PATIENT_SEARCH) {
            action.append(" results=").append(event.results() == null ? 0 : event.results());
        }
        return action.toString();
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), AuditEntryDocument.class);
    }

    @QueryHandler
    List<AuditEntryView> handle(FindAuditEntriesQuery query) {
        List<Criteria> filters = new ArrayList<>();
        if (hasText(query.username())) {
            filters.add(where("username").is(query.username().strip()));
        }
        if (hasText(query.action())) {
            filters.add(where("action").regex(Pattern.quote(query.action().strip()), "i"));
        }
        if (hasText(query.aggregateId())) {
            filters.add(where("aggregateId").is(query.aggregateId().strip()));
        }
        if (query.from() != null) {
            filters.add(where("at").gte(query.from().atStartOfDay(zone).toInstant()));
        }
        if (query.to() != null) {
            filters.add(where("at").lt(query.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (query.kind() != null) {
            filters.add(ofKind(query.kind()));
        }
        if (query.after() != null) {
            filters.add(new Criteria().orOperator(where("at").lt(query.after().at()),
                    new Criteria().andOperator(where("at").is(query.after().at()),
                            where("entryId").lt(query.after().entryId()))));
        }
        Query select = filters.isEmpty() ? new Query() : Query.query(new Criteria().andOperator(filters));
        select.with(Sort.by(Sort.Direction.DESC, "at", "entryId"))
              .limit(Math.min(Math.max(query.limit(), 1), MAX_ENTRIES));
        return mongo.find(select, AuditEntryDocument.class).stream().map(AuditEntryDocument::toView).toList();
    }

    /** Entries of this kind, including those stored before kinds existed (their kind follows from the action). */
    private static Criteria ofKind(AuditEntryKind kind) {
        List<String> security = java.util.Arrays.stream(SecurityEventKind.values()).map(Enum::name).toList();
        String reportExport = "^" + AuditEntryDocument.REPORT_EXPORTED;
        Criteria legacy = switch (kind) {
            case SECURITY -> where("action").in(security);
            case EXPORT -> where("action").regex(reportExport);
            case CHANGE -> new Criteria().andOperator(where("action").nin(security),
                    where("action").not().regex(reportExport));
            case ACCESS -> null;
        };
        Criteria stored = where("kind").is(kind);
        return legacy == null ? stored
                : new Criteria().orOperator(stored, new Criteria().andOperator(where("kind").exists(false), legacy));
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    /** An aggregate's timeline was exported (history): the aggregate, the format and the digest printed on it. */
    @EventHandler
    void on(id.giliran.api.audit.TimelineExportedEvent event, @MessageIdentifier String eventId) {
        mongo.save(new AuditEntryDocument(eventId, event.exportedAt(), event.username(), event.roles(),
                event.clientAddress(), "TimelineExported " + event.format() + " " + event.rows() + " baris " + event.digest(),
                event.aggregateId(), true, null, AuditEntryKind.EXPORT));
    }

    /** Parked events were removed for good: which processor and sequence, how many, who and why. */
    @EventHandler
    void on(id.giliran.api.operations.DeadLettersEvictedEvent event, @MessageIdentifier String eventId) {
        mongo.save(new AuditEntryDocument(eventId, event.at(), event.evictedBy(), null, null,
                "DeadLettersEvicted " + event.processingGroup() + " " + event.count() + " event(s): " + event.reason(),
                event.sequenceId(), true, null, AuditEntryKind.CHANGE));
    }
}
