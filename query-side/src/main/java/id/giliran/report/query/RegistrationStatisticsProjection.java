package id.giliran.report.query;

import id.giliran.api.bpjs.PcareCallRecordedEvent;
import id.giliran.api.registration.BpjsBridgingStatus;
import id.giliran.api.registration.BpjsParticipantCheckedEvent;
import id.giliran.api.registration.BpjsVisitAttemptFailedEvent;
import id.giliran.api.registration.BpjsVisitAttemptStartedEvent;
import id.giliran.api.registration.BpjsVisitBridgedEvent;
import id.giliran.api.registration.BpjsVisitDeletedEvent;
import id.giliran.api.registration.BpjsVisitDeletionRequestedEvent;
import id.giliran.api.registration.BpjsVisitRequestedEvent;
import id.giliran.api.registration.RegistrationCancelledEvent;
import id.giliran.api.registration.RegistrationChangedEvent;
import id.giliran.api.registration.RegistrationCompletedEvent;
import id.giliran.api.registration.RegistrationStartedEvent;
import id.giliran.api.report.DashboardChanged;
import id.giliran.api.report.WatchDashboardQuery;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The registration and BPJS half of the statistics: a day's registrations by service date, a day's PCare
 * visits by visit date and participant checks by the day (in the Puskesmas' zone) they were made. Later
 * events of a registration carry only its id, so the registration's dates are kept by id
 * ({@code statistics_registrations}, read by id).
 */
@Component
@ProcessingGroup(QueueStatisticsProjection.PROCESSING_GROUP)
class RegistrationStatisticsProjection {

    /** The adapter's participant look-ups; a "no data" answer to one is a participant not found. */
    static final Set<String> PARTICIPANT_LOOKUPS = Set.of("FIND_PARTICIPANT_BY_CARD", "FIND_PARTICIPANT_BY_NIK");

    private final StatisticsStore store;
    private final QueryUpdateEmitter updateEmitter;
    private final ZoneId zone;

    RegistrationStatisticsProjection(MongoTemplate mongo, QueryUpdateEmitter updateEmitter, Clock clock) {
        this.store = new StatisticsStore(mongo);
        this.updateEmitter = updateEmitter;
        this.zone = clock.getZone();
    }

    @EventHandler
    void on(RegistrationStartedEvent event) {
        store.mongo().upsert(Query.query(where("_id").is(event.registrationId())),
                new Update().set("serviceDate", event.serviceDate().toString()), StatisticsStore.REGISTRATIONS);
        registration(event.serviceDate(), event.registrationId(), started(event));
    }

    static Change started(RegistrationStartedEvent event) {
        return new Change().set(RegistrationTally.KIND, event.patientKind())
                           .set(RegistrationTally.PAYMENT, event.payment())
                           .set(RegistrationTally.CLINIC, event.clinicCode())
                           .set(RegistrationTally.DOCTOR, event.doctorId()).set(RegistrationTally.CANCELLED, false);
    }

    @EventHandler
    void on(RegistrationChangedEvent event) {
        registration(event.registrationId(), new Change().set(RegistrationTally.PAYMENT, event.payment())
                .set(RegistrationTally.CLINIC, event.clinicCode()).set(RegistrationTally.DOCTOR, event.doctorId()));
    }

    /** The clinic and doctor the patient was sent to in the end. */
    @EventHandler
    void on(RegistrationCompletedEvent event) {
        registration(event.registrationId(), new Change().set(RegistrationTally.CLINIC, event.clinicCode())
                .set(RegistrationTally.DOCTOR, event.doctorId()));
    }

    @EventHandler
    void on(RegistrationCancelledEvent event) {
        registration(event.registrationId(), new Change().set(RegistrationTally.CANCELLED, true));
    }

    private void registration(String registrationId, Change change) {
        LocalDate day = date(registrationId, "serviceDate");
        if (day != null) {
            registration(day, registrationId, change);
        }
    }

    private void registration(LocalDate day, String registrationId, Change change) {
        store.change(StatisticsStore.REGISTRATION_DAYS, day.toString(), day, RegistrationTally.REGISTRATIONS,
                Keys.field(registrationId), change, "registrations", RegistrationTally::summary);
        emit(day);
    }

    /** Each check counts on its own (a check made again is a second check), on the day it was made. */
    @EventHandler
    void on(BpjsParticipantCheckedEvent event) {
        check(event.checkedAt(), "c:" + event.registrationId() + "@" + event.checkedAt().toEpochMilli(),
                event.active() ? BpjsTally.ACTIVE : BpjsTally.INACTIVE);
    }

    /** Keyed by the recording event, so a redelivered one is the same check. */
    @EventHandler
    void on(PcareCallRecordedEvent event, @MessageIdentifier String eventId) {
        if (PARTICIPANT_LOOKUPS.contains(event.action()) && "NO_DATA".equals(event.outcome())
                && event.startedAt() != null) {
            check(event.startedAt(), "n:" + eventId, BpjsTally.NOT_FOUND);
        }
    }

    private void check(Instant at, String key, String outcome) {
        LocalDate day = LocalDate.ofInstant(at, zone);
        store.change(StatisticsStore.BPJS_DAYS, day.toString(), day, BpjsTally.CHECKS, Keys.field(key),
                new Change().set(BpjsTally.OUTCOME, outcome), "bpjs", BpjsTally::summary);
        emit(day);
    }

    @EventHandler
    void on(BpjsVisitRequestedEvent event) {
        store.mongo().upsert(Query.query(where("_id").is(event.registrationId())),
                new Update().set("visitDate", event.visitDate().toString()), StatisticsStore.REGISTRATIONS);
        visit(event.visitDate(), event.registrationId(), visit(event));
    }

    static Change visit(BpjsVisitRequestedEvent event) {
        return new Change().set(BpjsTally.STATUS, BpjsBridgingStatus.PENDING);
    }

    @EventHandler
    void on(BpjsVisitAttemptStartedEvent event) {
        visit(event.registrationId(), new Change().set(BpjsTally.STATUS, event.deletion() ? BpjsBridgingStatus.DELETING
                : BpjsBridgingStatus.SENDING));
    }

    @EventHandler
    void on(BpjsVisitBridgedEvent event) {
        visit(event.registrationId(), visit(event));
    }

    static Change visit(BpjsVisitBridgedEvent event) {
        return new Change().set(BpjsTally.STATUS, BpjsBridgingStatus.BRIDGED);
    }

    @EventHandler
    void on(BpjsVisitAttemptFailedEvent event) {
        visit(event.registrationId(), visit(event));
    }

    /** Given up (no next attempt) or waiting for the next attempt, of adding or of deleting the visit. */
    static Change visit(BpjsVisitAttemptFailedEvent event) {
        BpjsBridgingStatus status = event.nextAttemptAt() == null
                ? (event.deletion() ? BpjsBridgingStatus.DELETE_FAILED : BpjsBridgingStatus.FAILED)
                : (event.deletion() ? BpjsBridgingStatus.DELETE_PENDING : BpjsBridgingStatus.PENDING);
        return new Change().set(BpjsTally.STATUS, status);
    }

    @EventHandler
    void on(BpjsVisitDeletionRequestedEvent event) {
        visit(event.registrationId(), new Change().set(BpjsTally.DELETION_REQUESTED, true));
    }

    @EventHandler
    void on(BpjsVisitDeletedEvent event) {
        visit(event.registrationId(), new Change().set(BpjsTally.STATUS, BpjsBridgingStatus.DELETED));
    }

    private void visit(String registrationId, Change change) {
        LocalDate day = date(registrationId, "visitDate");
        if (day != null) {
            visit(day, registrationId, change);
        }
    }

    private void visit(LocalDate day, String registrationId, Change change) {
        store.change(StatisticsStore.BPJS_DAYS, day.toString(), day, BpjsTally.VISITS, Keys.field(registrationId),
                change, "bpjs", BpjsTally::summary);
        emit(day);
    }

    private LocalDate date(String registrationId, String which) {
        Document registration = store.byId(registrationId, StatisticsStore.REGISTRATIONS);
        String date = registration == null ? null : registration.getString(which);
        return date == null ? null : LocalDate.parse(date);
    }

    private void emit(LocalDate day) {
        updateEmitter.emit(WatchDashboardQuery.class, query -> query.serviceDate().equals(day),
                new DashboardChanged(day));
    }
}
