package id.giliran.bpjs.query;

import id.giliran.api.bpjs.FindPcareCallCountsQuery;
import id.giliran.api.bpjs.FindPcareCallLogQuery;
import id.giliran.api.bpjs.PcareCallCounts;
import id.giliran.api.bpjs.PcareCallLogEntry;
import id.giliran.api.bpjs.PcareCallRecordedEvent;
import id.giliran.api.privacy.PersonalData;
import id.giliran.api.privacy.PersonalDataErasedEvent;
import id.giliran.api.privacy.SubjectRef;
import id.giliran.api.registration.RegistrationStartedEvent;
import id.giliran.privacy.query.SealedFields;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The bridging log ("Log BPJS"): every PCare call as the adapter recorded it, masked, keyed by the
 * event that recorded it and placed in time by that event's timestamp, so a replay rebuilds exactly
 * the same log. Days are the Puskesmas' days (the zone of the application clock).
 * <p>
 * Personal data (issue #14): the bodies are kept as the adapter masked them (no card number, NIK, name or
 * birth date in clear; shown to the admin as they are). Each call knows its patient, named by the call or found
 * through its registration (this read model keeps which patient each registration is for), so an erased patient's
 * calls lose their bodies and the masked numbers in their endpoints, at the erasure and in every replay.
 */
@Component
@ProcessingGroup("bpjs-bridging-log")
class BpjsBridgingLogProjection {

    static final int MAX_ENTRIES = 2000;

    private final MongoTemplate mongo;
    private final ZoneId zone;
    private final SealedFields personal;

    BpjsBridgingLogProjection(MongoTemplate mongo, Clock clock, SealedFields personal) {
        this.mongo = mongo;
        this.zone = clock.getZone();
        this.personal = personal;
        mongo.indexOps(PcareCallDocument.class).createIndex(new Index().on("at", Sort.Direction.DESC));
        mongo.indexOps(PcareCallDocument.class).createIndex(new Index().on("patientId", Sort.Direction.ASC));
    }

    /** Which patient a registration is for: the patient of the calls made for it. */
    @EventHandler
    void on(RegistrationStartedEvent event) {
        mongo.save(new CallRegistrationDocument(event.registrationId(), event.patientId()));
    }

    @EventHandler
    void on(PcareCallRecordedEvent event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        String patientId = event.patientId() != null ? event.patientId() : patientOf(event.registrationId());
        PcareCallDocument call = new PcareCallDocument(eventId, at, event.startedAt(), event.action(),
                event.method(), event.endpoint(), event.requestBody(), event.responseBody(), event.httpStatus(),
                event.bpjsCode(), event.bpjsMessage(), event.durationMillis(), event.outcome(), event.failure(),
                event.username(), event.requestedBy(), event.registrationId(), patientId);
        // a call of an erased patient is kept as the erasure left it (its bodies read [dihapus] from the event,
        // or in the clear when it was recorded before calls named their patient)
        boolean erased = patientId != null && (PersonalData.ERASED.equals(event.requestBody())
                || PersonalData.ERASED.equals(event.responseBody())
                || personal.isErased(SubjectRef.patient(patientId)));
        mongo.save(erased ? call.blanked() : call);
    }

    /**
     * The calls made for the patient keep no personal data: those naming it and those made for one of its
     * registrations (each call's patient was found when it was recorded: a registration starts before any call
     * is made for it).
     */
    @EventHandler
    void on(PersonalDataErasedEvent event) {
        if (!SealedFields.isPatient(event)) {
            return;
        }
        mongo.find(Query.query(where("patientId").is(event.subjectId())), PcareCallDocument.class)
             .forEach(call -> mongo.save(call.blanked()));
    }

    private String patientOf(String registrationId) {
        if (registrationId == null) {
            return null;
        }
        CallRegistrationDocument registration = mongo.findById(registrationId, CallRegistrationDocument.class);
        return registration == null ? null : registration.patientId();
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), PcareCallDocument.class);
        mongo.remove(new Query(), CallRegistrationDocument.class);
    }

    @QueryHandler
    List<PcareCallLogEntry> handle(FindPcareCallLogQuery query) {
        List<Criteria> filters = new ArrayList<>(day(query.date()));
        if (hasText(query.action())) {
            filters.add(where("action").is(query.action().strip()));
        }
        if (hasText(query.outcome())) {
            filters.add(where("outcome").is(query.outcome().strip()));
        }
        if (hasText(query.username())) {
            filters.add(where("username").is(query.username().strip()));
        }
        if (hasText(query.registrationId())) {
            filters.add(where("registrationId").is(query.registrationId().strip()));
        }
        Query select = Query.query(new Criteria().andOperator(filters))
                            .with(Sort.by(Sort.Direction.DESC, "at"))
                            .limit(Math.min(Math.max(query.limit(), 1), MAX_ENTRIES));
        return mongo.find(select, PcareCallDocument.class).stream().map(PcareCallDocument::toView).toList();
    }

    @QueryHandler
    PcareCallCounts handle(FindPcareCallCountsQuery query) {
        Query select = Query.query(new Criteria().andOperator(day(query.date())));
        select.fields().include("outcome").include("action");
        Map<String, Integer> byOutcome = new TreeMap<>();
        Map<String, Integer> byAction = new TreeMap<>();
        int total = 0;
        String collection = mongo.getCollectionName(PcareCallDocument.class);
        for (org.bson.Document call : mongo.find(select, org.bson.Document.class, collection)) {
            total++;
            byOutcome.merge(String.valueOf(call.getString("outcome")), 1, Integer::sum);
            byAction.merge(String.valueOf(call.getString("action")), 1, Integer::sum);
        }
        return new PcareCallCounts(query.date(), total, byOutcome, byAction);
    }

    private List<Criteria> day(LocalDate date) {
        return List.of(where("at").gte(date.atStartOfDay(zone).toInstant()),
                where("at").lt(date.plusDays(1).atStartOfDay(zone).toInstant()));
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    /** A registration and its patient, so a call made for the registration is known to be the patient's. */
    @Document("bpjs_call_log_registrations")
    record CallRegistrationDocument(@Id String registrationId, String patientId) {
    }
}
