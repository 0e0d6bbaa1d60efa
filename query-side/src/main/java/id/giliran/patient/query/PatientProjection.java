package id.giliran.patient.query;

import id.giliran.api.patient.FindPatientByNikQuery;
import id.giliran.api.patient.FindPatientQuery;
import id.giliran.api.patient.Niks;
import id.giliran.api.patient.PatientDetails;
import id.giliran.api.patient.PatientRegisteredEvent;
import id.giliran.api.patient.PatientSummary;
import id.giliran.api.patient.PatientUpdatedEvent;
import id.giliran.api.patient.PatientView;
import id.giliran.api.patient.SearchPatientsQuery;
import id.giliran.api.privacy.PersonalDataErasedEvent;
import id.giliran.privacy.KeyedHashes;
import id.giliran.privacy.query.SealedFields;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.BasicQuery;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The patients as the front desk finds them: one document per patient with normalised search
 * fields. Search is index-friendly on MongoDB: exact No. RM / NIK / BPJS number are one lookup by
 * {@code _id} in {@link PatientKeyDocument} (the only index the embedded server queries by); names are ranked in tiers, each answered by the index and asked only while the result
 * is not full: whole-name prefix (a range on {@code searchName}), word prefix (a range on an
 * element of {@code nameTokens}), then contains (a regular expression over {@code searchName}).
 * Handlers are idempotent upserts (the revision is the event's sequence number + 1).
 * <p>
 * Personal data (issue #14): a NIK or BPJS number is searched for by its keyed hash, never stored in the clear;
 * the details are sealed with the patient's key and opened here ({@link PatientPersonalData}). An erased
 * patient ({@link PersonalDataErasedEvent}) keeps its No. RM, dates and revision, and nothing personal: its
 * name reads "[dihapus]" and no name, NIK or BPJS search finds it any more.
 */
@Component
@ProcessingGroup(PatientProjection.PROCESSING_GROUP)
class PatientProjection {

    static final String PROCESSING_GROUP = "patients";
    static final int MAX_RESULTS = 100;
    private static final String AFTER_PREFIX = "\uffff";
    private static final Pattern COMPACT = Pattern.compile("[^\\p{Alnum}]");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Sort BY_NAME = Sort.by("searchName", "_id");
    private static final String RECORD_KEY = "rm:";
    private static final String RECORD_DIGITS = "rmno:";
    private static final String NIK = "nik:";
    private static final String BPJS = "bpjs:";

    private final MongoTemplate mongo;
    private final QueryUpdateEmitter updateEmitter;
    private final PatientPersonalData personal;

    @Autowired
    PatientProjection(MongoTemplate mongo, QueryUpdateEmitter updateEmitter, SealedFields sealed,
                      KeyedHashes hashes) {
        this(mongo, updateEmitter, new PatientPersonalData(sealed, hashes));
    }

    /** @param personal how personal data is kept (the search benchmark seals every patient with one key) */
    PatientProjection(MongoTemplate mongo, QueryUpdateEmitter updateEmitter, PatientPersonalData personal) {
        this.mongo = mongo;
        this.updateEmitter = updateEmitter;
        this.personal = personal;
        var indexes = mongo.indexOps(PatientDocument.class);
        indexes.createIndex(new Index().on("medicalRecordNumber", Sort.Direction.ASC).unique());
        indexes.createIndex(new Index().on("searchName", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("nameTokens", Sort.Direction.ASC).on("searchName", Sort.Direction.ASC));
    }

    @EventHandler
    void on(PatientRegisteredEvent event, @SequenceNumber long sequence) {
        save(mongo.findById(event.patientId(), PatientDocument.class), personal.document(event.patientId(),
                event.medicalRecordNumber(), event.details(), event.nikMismatchReason(), event.registeredAt(),
                event.registeredBy(), null, null, sequence + 1));
    }

    @EventHandler
    void on(PatientUpdatedEvent event, @SequenceNumber long sequence) {
        PatientDocument before = mongo.findById(event.patientId(), PatientDocument.class);
        if (before == null) {
            return;
        }
        PatientPersonalData.Opened was = personal.open(before);
        PatientDetails now = event.details();
        boolean sameIdentity = !before.erased() && Objects.equals(was.details().nik(), now.nik())
                && Objects.equals(was.details().birthDate(), now.birthDate()) && was.details().sex() == now.sex();
        String mismatchReason = event.nikMismatchReason() != null ? event.nikMismatchReason()
                : sameIdentity ? was.nikMismatchReason() : null;
        save(before, personal.document(event.patientId(), before.medicalRecordNumber(), now, mismatchReason,
                before.registeredAt(), before.registeredBy(), event.updatedAt(), event.updatedBy(), sequence + 1));
    }

    /** The patient keeps its numbers and dates; its name, search fields, keys and sealed details go, at once. */
    @EventHandler
    void on(PersonalDataErasedEvent event) {
        if (!SealedFields.isPatient(event)) {
            return;
        }
        PatientDocument before = mongo.findById(event.subjectId(), PatientDocument.class);
        if (before != null) {
            save(before, before.blanked());
        }
    }

    private void save(PatientDocument before, PatientDocument patient) {
        Set<String> oldKeys = before == null ? Set.of() : keys(before);
        Set<String> newKeys = keys(patient);
        oldKeys.stream().filter(key -> !newKeys.contains(key)).forEach(key -> {
            mongo.updateFirst(Query.query(where("_id").is(key)), new Update().pull("patientIds", patient.patientId()),
                    PatientKeyDocument.class);
            // a key nobody holds any more goes: a NIK's hash must not outlive the patient's NIK
            mongo.remove(Query.query(where("_id").is(key).and("patientIds").size(0)), PatientKeyDocument.class);
        });
        newKeys.stream().filter(key -> !oldKeys.contains(key)).forEach(key -> mongo.upsert(
                Query.query(where("_id").is(key)), new Update().addToSet("patientIds", patient.patientId()),
                PatientKeyDocument.class));
        mongo.save(patient);
        updateEmitter.emit(FindPatientQuery.class, query -> patient.patientId().equals(query.patientId()),
                personal.view(patient));
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), PatientDocument.class);
        mongo.remove(new Query(), PatientKeyDocument.class);
    }

    /** The exact search keys of a patient (see {@link PatientKeyDocument}); the NIK and BPJS number hashed. */
    static Set<String> keys(PatientDocument patient) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(RECORD_KEY + patient.recordKey());
        if (patient.recordDigits() != null) {
            keys.add(RECORD_DIGITS + patient.recordDigits());
        }
        if (patient.nikHash() != null) {
            keys.add(NIK + patient.nikHash());
        }
        if (patient.bpjsHash() != null) {
            keys.add(BPJS + patient.bpjsHash());
        }
        return keys;
    }

    @QueryHandler
    Optional<PatientView> handle(FindPatientQuery query) {
        return Optional.ofNullable(mongo.findById(query.patientId(), PatientDocument.class))
                       .map(personal::view);
    }

    @QueryHandler
    Optional<PatientView> handle(FindPatientByNikQuery query) {
        String nik = Niks.normalise(query.nik());
        if (!Niks.wellFormed(nik)) {
            return Optional.empty();
        }
        return byKeys(List.of(NIK + personal.nikHash(nik))).stream().findFirst().map(personal::view);
    }

    @QueryHandler
    List<PatientSummary> handle(SearchPatientsQuery query) {
        int limit = Math.max(1, Math.min(query.limit() <= 0 ? 20 : query.limit(), MAX_RESULTS));
        String text = query.text() == null ? "" : query.text().strip();
        if (text.isEmpty()) {
            return List.of();
        }
        Map<String, PatientDocument> found = new LinkedHashMap<>();
        exactIdentifiers(COMPACT.matcher(text).replaceAll(""), found);
        String name = SearchText.normalise(text);
        // a text that is a No. RM, NIK or BPJS number asks for that patient, not for names
        if (found.isEmpty() && name.chars().anyMatch(Character::isLetter)) {
            List<String> words = SearchText.tokens(name);
            tier(found, limit, new Document("searchName", prefix(name)));
            tier(found, limit, new Document("$and", words.stream()
                    .map(word -> new Document("nameTokens", new Document("$elemMatch", prefix(word))))
                    .toList()));
            tier(found, limit, new Document("searchName", new Document("$regex", Pattern.quote(name))));
        }
        return found.values().stream().limit(limit).map(personal::summary).toList();
    }

    /** No. RM ("RM-000123", "rm 000123" or just "123"), NIK and BPJS number (hashed): one lookup of their keys. */
    private void exactIdentifiers(String compact, Map<String, PatientDocument> found) {
        List<String> keys = new ArrayList<>();
        keys.add(RECORD_KEY + compact.toUpperCase(Locale.ROOT));
        if (DIGITS.matcher(compact).matches()) {
            Optional.ofNullable(SearchText.recordDigits(compact)).ifPresent(digits -> keys.add(RECORD_DIGITS + digits));
            keys.add(NIK + personal.nikHash(compact));
            keys.add(BPJS + personal.bpjsHash(compact));
        }
        byKeys(keys).forEach(patient -> found.putIfAbsent(patient.patientId(), patient));
    }

    /** The patients the keys find, in the order of the keys, each key's patients by name. */
    private List<PatientDocument> byKeys(List<String> keys) {
        Map<String, PatientKeyDocument> entries = new LinkedHashMap<>();
        mongo.find(Query.query(where("_id").in(keys)), PatientKeyDocument.class)
             .forEach(entry -> entries.put(entry.key(), entry));
        List<String> ids = keys.stream().filter(entries::containsKey)
                               .flatMap(key -> entries.get(key).patientIds().stream()).distinct().toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, PatientDocument> patients = new HashMap<>();
        mongo.find(Query.query(where("_id").in(ids)), PatientDocument.class)
             .forEach(patient -> patients.put(patient.patientId(), patient));
        List<PatientDocument> ordered = new ArrayList<>();
        for (String key : keys) {
            if (entries.containsKey(key)) {
                entries.get(key).patientIds().stream().map(patients::get).filter(Objects::nonNull)
                       .sorted(Comparator.comparing(PatientDocument::searchName,
                                                    Comparator.nullsLast(Comparator.naturalOrder()))
                                         .thenComparing(PatientDocument::patientId))
                       .forEach(ordered::add);
            }
        }
        return ordered;
    }

    /** Adds the next tier of name matches, in name order, while the result is not full. */
    private void tier(Map<String, PatientDocument> found, int limit, Document filter) {
        if (found.size() >= limit) {
            return;
        }
        // enough to fill the result even when every earlier find is among them
        Query query = new BasicQuery(filter).with(BY_NAME).limit(limit + found.size());
        mongo.find(query, PatientDocument.class).forEach(patient -> found.putIfAbsent(patient.patientId(), patient));
    }

    private static Document prefix(String text) {
        return new Document("$gte", text).append("$lt", text + AFTER_PREFIX);
    }
}
