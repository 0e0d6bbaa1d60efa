package id.giliran.registration.query;

import id.giliran.api.masterdata.ClinicConfiguredEvent;
import id.giliran.api.masterdata.ClinicRegisteredEvent;
import id.giliran.api.masterdata.DoctorSavedEvent;
import id.giliran.api.queue.PaymentType;
import id.giliran.api.registration.BpjsBridging;
import id.giliran.api.registration.BpjsBridgingStatus;
import id.giliran.api.registration.BpjsCheck;
import id.giliran.api.registration.BpjsVisitAttemptFailedEvent;
import id.giliran.api.registration.BpjsVisitAttemptStartedEvent;
import id.giliran.api.registration.BpjsVisitBridgedEvent;
import id.giliran.api.registration.BpjsVisitDeletedEvent;
import id.giliran.api.registration.BpjsVisitDeletionRequestedEvent;
import id.giliran.api.registration.BpjsVisitRequestedEvent;
import id.giliran.api.registration.BpjsVisitCounts;
import id.giliran.api.registration.FindBpjsVisitCountsQuery;
import id.giliran.api.registration.FindDueBpjsVisitsQuery;
import id.giliran.api.registration.BpjsParticipantCheckedEvent;
import id.giliran.api.registration.FindPatientVisitsQuery;
import id.giliran.api.registration.FindRegistrationQuery;
import id.giliran.api.registration.FindTicketRegistrationQuery;
import id.giliran.api.registration.MandatoryInformation;
import id.giliran.api.registration.MandatoryInformationGivenEvent;
import id.giliran.api.registration.MedicalRecordStatus;
import id.giliran.api.registration.PatientKind;
import id.giliran.api.registration.RegistrationCancelledEvent;
import id.giliran.api.registration.RegistrationChangedEvent;
import id.giliran.api.registration.RegistrationCompletedEvent;
import id.giliran.api.registration.RegistrationStartedEvent;
import id.giliran.api.registration.RegistrationStatus;
import id.giliran.api.registration.RegistrationView;
import id.giliran.api.privacy.PersonalDataErasedEvent;
import id.giliran.privacy.query.SealedFields;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Registrations as the front desk works on them and as a patient's visit history lists them, with
 * the clinic and doctor names they had at the time of reading.
 * <p>
 * Personal data (issue #14): the notes, the reason of a cancellation, the BPJS card number and the participant's
 * name are kept sealed with the key of the registration's patient and opened in the query methods
 * ({@link SealedFields}); when the patient is erased they read "[dihapus]" at once, and the
 * {@link PersonalDataErasedEvent} blanks them in every registration of that patient. Numbers, dates, statuses,
 * clinics and doctors stay.
 * <p>
 * One file past 300 lines: the handlers, the queries and the stored records of one read model, each short; the
 * records are nested so their stored class names stay those of the existing data.
 */
@Component
@ProcessingGroup("registrations")
class RegistrationProjection {

    private final MongoTemplate mongo;
    private final QueryUpdateEmitter updateEmitter;
    private final SealedFields personal;

    RegistrationProjection(MongoTemplate mongo, QueryUpdateEmitter updateEmitter, SealedFields personal) {
        this.mongo = mongo;
        this.updateEmitter = updateEmitter;
        this.personal = personal;
        mongo.indexOps(RegistrationDocument.class).createIndex(new Index().on("ticketId", Sort.Direction.ASC));
        mongo.indexOps(RegistrationDocument.class).createIndex(new Index().on("patientId", Sort.Direction.ASC)
                                                                          .on("startedAt", Sort.Direction.DESC));
    }

    @EventHandler
    void on(ClinicRegisteredEvent event) {
        mongo.save(new NameDocument("clinic:" + event.clinicCode(), event.name()));
    }

    @EventHandler
    void on(ClinicConfiguredEvent event) {
        mongo.save(new NameDocument("clinic:" + event.clinicCode(), event.name()));
    }

    @EventHandler
    void on(DoctorSavedEvent event) {
        mongo.save(new NameDocument("doctor:" + event.doctorId(), event.name()));
    }

    @EventHandler
    void on(RegistrationStartedEvent event) {
        RegistrationDocument registration = new RegistrationDocument(event.registrationId(),
                event.registrationNumber(), event.serviceDate().toString(), event.ticketId(), event.ticketNumber(),
                event.patientId(), event.patientKind(), event.payment(), event.clinicCode(), event.doctorId(),
                seal(event.patientId(), event.notes()), event.medicalRecord(), List.of(),
                RegistrationStatus.IN_PROGRESS, null,
                event.registeredBy(), event.startedAt(), null, null, null);
        mongo.save(registration);
        emit(registration);
    }

    @EventHandler
    void on(RegistrationChangedEvent event) {
        change(event.registrationId(), new Update().set("payment", event.payment()).set("clinicCode", event.clinicCode())
                                                   .set("doctorId", event.doctorId())
                                                   .set("notes", seal(patientOf(event.registrationId()),
                                                           event.notes())));
    }

    @EventHandler
    void on(MandatoryInformationGivenEvent event) {
        change(event.registrationId(), new Update().addToSet("informed", event.item()));
    }

    /** The latest check replaces the one before. */
    @EventHandler
    void on(BpjsParticipantCheckedEvent event) {
        String patientId = patientOf(event.registrationId());
        change(event.registrationId(), new Update().set("bpjsCheck", new BpjsCheckDocument(
                seal(patientId, event.cardNumber()), seal(patientId, event.participantName()), event.active(),
                event.participantClass(), event.participantType(),
                event.providerName(), event.validUntil() == null ? null : event.validUntil().toString(),
                event.checkedBy(), event.checkedAt())));
    }

    @EventHandler
    void on(RegistrationCompletedEvent event) {
        change(event.registrationId(), new Update().set("status", RegistrationStatus.COMPLETED)
                                                   .set("medicalRecord", MedicalRecordStatus.DELIVERED)
                                                   .set("completedAt", event.completedAt()));
    }

    @EventHandler
    void on(RegistrationCancelledEvent event) {
        change(event.registrationId(), new Update().set("status", RegistrationStatus.CANCELLED)
                                                   .set("cancelReason", seal(patientOf(event.registrationId()),
                                                           event.reason())));
    }

    @EventHandler
    void on(BpjsVisitRequestedEvent event) {
        change(event.registrationId(), new Update().set("bpjsBridging", new BpjsBridgingDocument(
                BpjsBridgingStatus.PENDING, seal(patientOf(event.registrationId()), event.cardNumber()),
                event.visitDate().toString(), event.providerCode(),
                event.poliCode(), null, null, 0, event.requestedAt(), event.requestedBy(), event.requestedAt(),
                false)));
    }

    @EventHandler
    void on(BpjsVisitAttemptStartedEvent event) {
        bridging(event.registrationId(), b -> b.with(event.deletion() ? BpjsBridgingStatus.DELETING
                : BpjsBridgingStatus.SENDING, b.queueNumber(), b.reason(), event.attempt(), event.expiresAt(),
                b.deleteWanted()));
    }

    @EventHandler
    void on(BpjsVisitBridgedEvent event) {
        bridging(event.registrationId(), b -> b.with(BpjsBridgingStatus.BRIDGED, event.queueNumber(), null,
                b.attempts(), null, b.deleteWanted()).deletionIfWanted(event.bridgedAt()));
    }

    @EventHandler
    void on(BpjsVisitAttemptFailedEvent event) {
        BpjsBridgingStatus status = event.nextAttemptAt() == null
                ? (event.deletion() ? BpjsBridgingStatus.DELETE_FAILED : BpjsBridgingStatus.FAILED)
                : (event.deletion() ? BpjsBridgingStatus.DELETE_PENDING : BpjsBridgingStatus.PENDING);
        bridging(event.registrationId(), b -> {
            BpjsBridgingDocument failed = b.with(status, b.queueNumber(), event.reason(), b.attempts(),
                    event.nextAttemptAt(), b.deleteWanted());
            return event.deletion() ? failed : failed.deletionIfWanted(event.failedAt());
        });
    }

    @EventHandler
    void on(BpjsVisitDeletionRequestedEvent event) {
        bridging(event.registrationId(), b -> b.status() == BpjsBridgingStatus.SENDING
                ? b.with(b.status(), b.queueNumber(), b.reason(), b.attempts(), b.nextAttemptAt(), true)
                : b.with(b.status(), b.queueNumber(), b.reason(), b.attempts(), b.nextAttemptAt(), true)
                   .deletionIfWanted(event.requestedAt()));
    }

    @EventHandler
    void on(BpjsVisitDeletedEvent event) {
        bridging(event.registrationId(), b -> b.with(BpjsBridgingStatus.DELETED, b.queueNumber(), null, b.attempts(),
                null, false));
    }

    /**
     * Every registration of the erased patient keeps its numbers, dates and statuses; its notes, cancellation
     * reason, card numbers and participant name read "[dihapus]".
     */
    @EventHandler
    void on(PersonalDataErasedEvent event) {
        if (!SealedFields.isPatient(event)) {
            return;
        }
        for (RegistrationDocument registration : mongo.find(Query.query(Criteria.where("patientId")
                .is(event.subjectId())), RegistrationDocument.class)) {
            Update blank = new Update().set("notes", SealedFields.blank(registration.notes()))
                                       .set("cancelReason", SealedFields.blank(registration.cancelReason()));
            if (registration.bpjsCheck() != null) {
                blank.set("bpjsCheck", registration.bpjsCheck().erased());
            }
            if (registration.bpjsBridging() != null) {
                blank.set("bpjsBridging", registration.bpjsBridging().erased());
            }
            change(registration.registrationId(), blank);
        }
    }

    /** The registration's patient, whose key seals its personal fields; null for an unknown registration. */
    private String patientOf(String registrationId) {
        Query select = Query.query(Criteria.where("_id").is(registrationId));
        select.fields().include("patientId");
        org.bson.Document found = mongo.findOne(select, org.bson.Document.class,
                mongo.getCollectionName(RegistrationDocument.class));
        return found == null ? null : found.getString("patientId");
    }

    /** A personal value as stored: sealed with the patient's key (nothing is kept for an unknown patient). */
    private String seal(String patientId, String value) {
        if (patientId == null || patientId.isBlank()) {
            return null;
        }
        return personal.sealPatient(patientId, value);
    }

    private String open(String stored) {
        return personal.open(stored);
    }

    private void bridging(String registrationId, java.util.function.UnaryOperator<BpjsBridgingDocument> change) {
        RegistrationDocument registration = mongo.findById(registrationId, RegistrationDocument.class);
        if (registration != null && registration.bpjsBridging() != null) {
            change(registrationId, new Update().set("bpjsBridging", change.apply(registration.bpjsBridging())));
        }
    }

    private void change(String registrationId, Update update) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(registrationId)), update, RegistrationDocument.class);
        RegistrationDocument registration = mongo.findById(registrationId, RegistrationDocument.class);
        if (registration != null) {
            emit(registration);
        }
    }

    /** Tells the screen that changed a registration when the read model shows the change. */
    private void emit(RegistrationDocument registration) {
        updateEmitter.emit(FindRegistrationQuery.class,
                query -> query.registrationId().equals(registration.registrationId()), toView(registration));
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), RegistrationDocument.class);
        mongo.remove(new Query(), NameDocument.class);
    }

    @QueryHandler
    Optional<RegistrationView> handle(FindRegistrationQuery query) {
        return Optional.ofNullable(mongo.findById(query.registrationId(), RegistrationDocument.class)).map(this::toView);
    }

    @QueryHandler
    Optional<RegistrationView> handle(FindTicketRegistrationQuery query) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("ticketId").is(query.ticketId())
                                                                     .and("status").ne(RegistrationStatus.CANCELLED)),
                               RegistrationDocument.class))
                       .map(this::toView);
    }

    @QueryHandler
    List<RegistrationView> handle(FindDueBpjsVisitsQuery query) {
        return mongo.find(Query.query(Criteria.where("bpjsBridging.status").in(OPEN)
                                              .and("bpjsBridging.nextAttemptAt").lte(query.now()))
                               .with(Sort.by(Sort.Direction.ASC, "bpjsBridging.nextAttemptAt"))
                               .limit(query.limit()), RegistrationDocument.class)
                    .stream().map(this::toView).toList();
    }

    private static final List<BpjsBridgingStatus> OPEN = java.util.Arrays.stream(BpjsBridgingStatus.values())
            .filter(BpjsBridgingStatus::open).toList();

    /** The day's PCare visits by where they stand ("Log BPJS" daily report); by the visit's service date. */
    @QueryHandler
    BpjsVisitCounts handle(FindBpjsVisitCountsQuery query) {
        Query select = Query.query(Criteria.where("bpjsBridging.visitDate").is(query.visitDate().toString()));
        select.fields().include("bpjsBridging.status");
        java.util.Map<BpjsBridgingStatus, Integer> counts = new java.util.EnumMap<>(BpjsBridgingStatus.class);
        String collection = mongo.getCollectionName(RegistrationDocument.class);
        for (org.bson.Document registration : mongo.find(select, org.bson.Document.class, collection)) {
            org.bson.Document bridging = registration.get("bpjsBridging", org.bson.Document.class);
            if (bridging != null && bridging.getString("status") != null) {
                counts.merge(BpjsBridgingStatus.valueOf(bridging.getString("status")), 1, Integer::sum);
            }
        }
        return new BpjsVisitCounts(query.visitDate(), counts);
    }

    @QueryHandler
    List<RegistrationView> handle(FindPatientVisitsQuery query) {
        return mongo.find(Query.query(Criteria.where("patientId").is(query.patientId()))
                               .with(Sort.by(Sort.Direction.DESC, "startedAt")), RegistrationDocument.class)
                    .stream().map(this::toView).toList();
    }

    private RegistrationView toView(RegistrationDocument registration) {
        Set<MandatoryInformation> informed = EnumSet.noneOf(MandatoryInformation.class);
        if (registration.informed() != null) {
            informed.addAll(registration.informed());
        }
        return new RegistrationView(registration.registrationId(), registration.registrationNumber(),
                LocalDate.parse(registration.serviceDate()), registration.ticketId(), registration.ticketNumber(),
                registration.patientId(), registration.patientKind(), registration.payment(),
                registration.clinicCode(), name("clinic:", registration.clinicCode()), registration.doctorId(),
                name("doctor:", registration.doctorId()), open(registration.notes()), registration.medicalRecord(),
                informed, registration.status(), open(registration.cancelReason()), registration.registeredBy(),
                registration.startedAt(), registration.completedAt(),
                registration.bpjsCheck() == null ? null : registration.bpjsCheck().toView(this::open),
                registration.bpjsBridging() == null ? null : registration.bpjsBridging().toView(this::open));
    }

    private String name(String kind, String code) {
        if (code == null) {
            return null;
        }
        NameDocument name = mongo.findById(kind + code, NameDocument.class);
        return name == null ? code : name.name();
    }

    @Document("registrations")
    record RegistrationDocument(@Id String registrationId, String registrationNumber, String serviceDate,
                                String ticketId, String ticketNumber, String patientId, PatientKind patientKind,
                                PaymentType payment, String clinicCode, String doctorId, String notes,
                                MedicalRecordStatus medicalRecord, List<MandatoryInformation> informed,
                                RegistrationStatus status, String cancelReason, String registeredBy,
                                Instant startedAt, Instant completedAt, BpjsCheckDocument bpjsCheck,
                                BpjsBridgingDocument bpjsBridging) {
    }

    /**
     * The PCare visit; {@code deleteWanted} while a cancellation waits for an add in progress to end.
     */
    record BpjsBridgingDocument(BpjsBridgingStatus status, String cardNumber, String visitDate, String providerCode,
                                String poliCode, String queueNumber, String reason, int attempts,
                                Instant nextAttemptAt, String requestedBy, Instant requestedAt,
                                boolean deleteWanted) {

        BpjsBridgingDocument with(BpjsBridgingStatus newStatus, String newQueueNumber, String newReason,
                                  int newAttempts, Instant newNextAttemptAt, boolean newDeleteWanted) {
            return new BpjsBridgingDocument(newStatus, cardNumber, visitDate, providerCode, poliCode, newQueueNumber,
                    newReason, newAttempts, newNextAttemptAt, requestedBy, requestedAt, newDeleteWanted);
        }

        BpjsBridgingDocument deletionIfWanted(Instant at) {
            return deleteWanted ? with(BpjsBridgingStatus.DELETE_PENDING, queueNumber, null, 0, at, false) : this;
        }

        BpjsBridgingDocument erased() {
            return new BpjsBridgingDocument(status, SealedFields.blank(cardNumber), visitDate, providerCode, poliCode,
                    queueNumber, reason, attempts, nextAttemptAt, requestedBy, requestedAt, deleteWanted);
        }

        BpjsBridging toView(UnaryOperator<String> open) {
            return new BpjsBridging(status, open.apply(cardNumber),
                    visitDate == null ? null : LocalDate.parse(visitDate),
                    providerCode, poliCode, queueNumber, reason, attempts, nextAttemptAt, requestedBy, requestedAt);
        }
    }

    /** The latest BPJS check; the date as ISO text like {@code serviceDate}. */
    record BpjsCheckDocument(String cardNumber, String participantName, boolean active, String participantClass,
                             String participantType, String providerName, String validUntil, String checkedBy,
                             Instant checkedAt) {

        BpjsCheckDocument erased() {
            return new BpjsCheckDocument(SealedFields.blank(cardNumber), SealedFields.blank(participantName), active,
                    participantClass, participantType, providerName, validUntil, checkedBy, checkedAt);
        }

        BpjsCheck toView(UnaryOperator<String> open) {
            return new BpjsCheck(open.apply(cardNumber), open.apply(participantName), active, participantClass,
                    participantType, providerName,
                    validUntil == null ? null : LocalDate.parse(validUntil), checkedBy, checkedAt);
        }
    }

    /** Clinic and doctor names, kept here so a registration reads without asking another read model. */
    @Document("registration_names")
    record NameDocument(@Id String key, String name) {
    }
}
