package id.giliran.registration.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.common.TextLimit;
import id.giliran.api.identity.Caller;
import id.giliran.api.queue.PaymentType;
import id.giliran.api.registration.BpjsBridgingStatus;
import id.giliran.api.registration.BpjsParticipantCheckedEvent;
import id.giliran.api.registration.BpjsVisitAttemptFailedEvent;
import id.giliran.api.registration.BpjsVisitAttemptStartedEvent;
import id.giliran.api.registration.BpjsVisitBridgedEvent;
import id.giliran.api.registration.BpjsVisitDeletedEvent;
import id.giliran.api.registration.BpjsVisitDeletionRequestedEvent;
import id.giliran.api.registration.BpjsVisitRequestedEvent;
import id.giliran.api.registration.RecordBpjsVisitBridgedCommand;
import id.giliran.api.registration.RecordBpjsVisitDeletedCommand;
import id.giliran.api.registration.RecordBpjsVisitFailedCommand;
import id.giliran.api.registration.RequestBpjsVisitCommand;
import id.giliran.api.registration.StartBpjsVisitAttemptCommand;
import id.giliran.api.registration.CancelRegistrationCommand;
import id.giliran.api.registration.ChangeRegistrationCommand;
import id.giliran.api.registration.CompleteRegistrationCommand;
import id.giliran.api.registration.MandatoryInformation;
import id.giliran.api.registration.MandatoryInformationGivenEvent;
import id.giliran.api.registration.MedicalRecordStatus;
import id.giliran.api.registration.PatientKind;
import id.giliran.api.registration.RecordBpjsCheckCommand;
import id.giliran.api.registration.RecordMandatoryInformationCommand;
import id.giliran.api.registration.RegistrationCancelledEvent;
import id.giliran.api.registration.RegistrationChangedEvent;
import id.giliran.api.registration.RegistrationCompletedEvent;
import id.giliran.api.registration.RegistrationStartedEvent;
import id.giliran.api.registration.RegistrationStatus;
import id.giliran.api.registration.StartRegistrationCommand;
import id.giliran.command.BusinessRuleViolation;
import id.giliran.command.TextLimits;
import id.giliran.masterdata.command.ClinicRules;
import id.giliran.masterdata.command.DoctorRoster;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The front-desk registration of the patient of one called ticket: who, how they pay, which clinic
 * and doctor; the four pieces of mandatory information; the medical record created or retrieved and,
 * on completion, delivered to the clinic while the ticket is directed there.
 */
@Aggregate
public class Registration {

    @AggregateIdentifier
    private String registrationId;
    private String ticketId;
    private String patientId;
    private LocalDate serviceDate;
    private String clinicCode;
    private String doctorId;
    private RegistrationStatus status;
    private PaymentType payment;
    private String checkedCard;
    private boolean checkedActive;
    /** The PCare visit: null until "Daftarkan ke BPJS". */
    private BpjsBridgingStatus bridging;
    private boolean deleteWanted;
    private int attempts;
    private Instant nextAttemptAt;
    private final Set<MandatoryInformation> informed = EnumSet.noneOf(MandatoryInformation.class);

    protected Registration() {
        // for Axon
    }

    @CommandHandler
    public Registration(StartRegistrationCommand command, TicketHandOff tickets, RegistrationNumbers numbers,
                        ClinicRules clinics, DoctorRoster roster, MetaData metaData, Clock clock) {
        if (blank(command.registrationId()) || blank(command.ticketId()) || blank(command.patientId())
                || command.patientKind() == null || command.payment() == null) {
            throw new BusinessRuleViolation(ErrorCode.INVALID_INPUT,
                    "a registration needs its ticket, patient, new or returning, and payment");
        }
        TextLimits.require(TextLimit.NOTES, command.notes());
        requireClinic(clinics, command.clinicCode());
        TicketHandOff.ClaimedTicket ticket = tickets.claim(command.ticketId(), command.registrationId(), clock);
        requireDoctor(roster, command.doctorId(), command.clinicCode(), ticket.serviceDate());
        String number = numbers.next(ticket.serviceDate(), command.registrationId());
        apply(new RegistrationStartedEvent(command.registrationId(), number, ticket.serviceDate(), command.ticketId(),
                ticket.ticketNumber(), command.patientId(), command.patientKind(), command.payment(),
                command.clinicCode(), blankToNull(command.doctorId()), strip(command.notes()),
                command.patientKind() == PatientKind.BARU ? MedicalRecordStatus.CREATED : MedicalRecordStatus.RETRIEVED,
                Caller.fromMetaData(metaData).username(), clock.instant()));
    }

    @CommandHandler
    public void handle(ChangeRegistrationCommand command, ClinicRules clinics, DoctorRoster roster) {
        requireInProgress();
        PaymentType payment = command.payment();
        if (payment == null) {
            throw new BusinessRuleViolation(ErrorCode.INVALID_INPUT, "a registration needs a payment");
        }
        TextLimits.require(TextLimit.NOTES, command.notes());
        requireClinic(clinics, command.clinicCode());
        requireDoctor(roster, command.doctorId(), command.clinicCode(), serviceDate);
        apply(new RegistrationChangedEvent(registrationId, payment, command.clinicCode(),
                blankToNull(command.doctorId()), strip(command.notes()), patientId));
    }

    @CommandHandler
    public void handle(RecordMandatoryInformationCommand command, MetaData metaData, Clock clock) {
        requireInProgress();
        if (command.item() == null) {
            throw new BusinessRuleViolation(ErrorCode.INVALID_INPUT, "which information was given?");
        }
        if (!informed.contains(command.item())) {
            apply(new MandatoryInformationGivenEvent(registrationId, command.item(),
                    Caller.fromMetaData(metaData).username(), clock.instant()));
        }
    }

    /** Records what BPJS answered about the patient's membership; every check is kept, the latest counts. */
    @CommandHandler
    public void handle(RecordBpjsCheckCommand command, MetaData metaData, Clock clock) {
        requireInProgress();
        if (blank(command.cardNumber()) || !command.cardNumber().strip().matches("\\d{13}")) {
            throw new BusinessRuleViolation(ErrorCode.BPJS_NUMBER_INVALID, "a BPJS card number has 13 digits");
        }
        apply(new BpjsParticipantCheckedEvent(registrationId, command.cardNumber().strip(),
                blankToNull(command.participantName()), command.active(), blankToNull(command.participantClass()),
                blankToNull(command.participantType()), blankToNull(command.providerName()), command.validUntil(),
                Caller.fromMetaData(metaData).username(), clock.instant(), patientId));
    }

    @CommandHandler
    public void handle(CompleteRegistrationCommand command, TicketHandOff tickets, DoctorRoster roster,
                       MetaData metaData, Clock clock) {
        requireInProgress();
        if (!informed.containsAll(EnumSet.allOf(MandatoryInformation.class))) {
            Set<MandatoryInformation> missing = EnumSet.allOf(MandatoryInformation.class);
            missing.removeAll(informed);
            throw new BusinessRuleViolation(ErrorCode.MANDATORY_INFORMATION_MISSING, "not yet given: " + missing);
        }
        if (doctorId == null) {
            throw new BusinessRuleViolation(ErrorCode.DOCTOR_NOT_ON_DUTY, "choose the doctor on duty");
        }
        requireDoctor(roster, doctorId, clinicCode, serviceDate);
        tickets.directToClinic(ticketId, registrationId, clinicCode, clock);
        apply(new RegistrationCompletedEvent(registrationId, ticketId, patientId, clinicCode, doctorId,
                Caller.fromMetaData(metaData).username(), clock.instant()));
    }

    @CommandHandler
    public void handle(CancelRegistrationCommand command, TicketHandOff tickets, MetaData metaData, Clock clock) {
        if (status == RegistrationStatus.CANCELLED) {
            throw new BusinessRuleViolation(ErrorCode.REGISTRATION_CLOSED, registrationId + " is already cancelled");
        }
        if (blank(command.reason())) {
            throw new BusinessRuleViolation(ErrorCode.INVALID_INPUT, "a cancellation needs a reason");
        }
        TextLimits.require(TextLimit.REASON, command.reason());
        if (status == RegistrationStatus.IN_PROGRESS) {
            tickets.release(ticketId, registrationId);
        }
        apply(new RegistrationCancelledEvent(registrationId, ticketId, command.reason().strip(),
                Caller.fromMetaData(metaData).username(), clock.instant(), patientId));
        if (bridging != null && !bridging.deletion()) {
            apply(new BpjsVisitDeletionRequestedEvent(registrationId, clock.instant()));
        }
    }

    /**
     * "Daftarkan ke BPJS": only for a BPJS-paying registration that is not cancelled and whose latest
     * check found an active participant with this card. Asked for already: nothing changes, unless the
     * last request was given up (then it starts over, e.g. after the poli code was corrected).
     */
    @CommandHandler
    public void handle(RequestBpjsVisitCommand command, MetaData metaData, Clock clock) {
        if (status == RegistrationStatus.CANCELLED) {
            throw new BusinessRuleViolation(ErrorCode.REGISTRATION_CLOSED, registrationId + " is cancelled");
        }
        if (bridging != null && bridging != BpjsBridgingStatus.FAILED) {
            return;
        }
        if (payment != PaymentType.BPJS) {
            throw new BusinessRuleViolation(ErrorCode.BPJS_VISIT_NOT_ALLOWED, registrationId + " is not paid by BPJS");
        }
        if (checkedCard == null || !checkedActive) {
            throw new BusinessRuleViolation(ErrorCode.BPJS_VISIT_NOT_ALLOWED,
                    "no active BPJS participant checked on " + registrationId);
        }
        if (blank(command.cardNumber()) || !checkedCard.equals(command.cardNumber().strip())
                || blank(command.poliCode()) || !serviceDate.equals(command.visitDate())) {
            throw new BusinessRuleViolation(ErrorCode.BPJS_VISIT_NOT_ALLOWED,
                    "a PCare visit needs the checked card, the service date and the clinic's PCare code");
        }
        apply(new BpjsVisitRequestedEvent(registrationId, checkedCard, serviceDate,
                blankToNull(command.providerCode()), command.poliCode().strip(),
                Caller.fromMetaData(metaData).username(), clock.instant(), patientId));
    }

    /** Claims the next attempt: only the next one, only when due (or when the one in progress is lost). */
    @CommandHandler
    public void handle(StartBpjsVisitAttemptCommand command, BpjsVisitPolicy policy, Clock clock) {
        Instant now = clock.instant();
        if (bridging == null || !bridging.open() || command.attempt() != attempts + 1 || now.isBefore(nextAttemptAt)) {
            throw new BusinessRuleViolation(ErrorCode.BPJS_VISIT_NOT_DUE, "attempt " + command.attempt() + " of "
                    + registrationId + " is not due: " + bridging + " after " + attempts + " attempts, next at "
                    + nextAttemptAt);
        }
        boolean deletion = bridging.deletion();
        apply(new BpjsVisitAttemptStartedEvent(registrationId, command.attempt(), deletion, now,
                now.plus(policy.claimTimeout())));
    }

    @CommandHandler
    public void handle(RecordBpjsVisitBridgedCommand command, Clock clock) {
        requireAttemptInProgress(command.attempt(), BpjsBridgingStatus.SENDING);
        if (blank(command.queueNumber())) {
            throw new BusinessRuleViolation(ErrorCode.INVALID_INPUT, "a bridged visit has its queue number");
        }
        apply(new BpjsVisitBridgedEvent(registrationId, command.attempt(), command.queueNumber().strip(),
                command.found(), clock.instant()));
    }

    @CommandHandler
    public void handle(RecordBpjsVisitDeletedCommand command, Clock clock) {
        requireAttemptInProgress(command.attempt(), BpjsBridgingStatus.DELETING);
        apply(new BpjsVisitDeletedEvent(registrationId, command.attempt(), clock.instant()));
    }

    @CommandHandler
    public void handle(RecordBpjsVisitFailedCommand command, BpjsVisitPolicy policy, Clock clock) {
        if (bridging != BpjsBridgingStatus.SENDING && bridging != BpjsBridgingStatus.DELETING) {
            throw new BusinessRuleViolation(ErrorCode.BPJS_VISIT_NOT_IN_PROGRESS, "no attempt of " + registrationId
                    + " is in progress: " + bridging);
        }
        requireAttemptInProgress(command.attempt(), bridging);
        Instant now = clock.instant();
        String reason = blank(command.reason()) ? "-" : command.reason().strip();
        Duration wait = command.retryable() ? policy.delayAfter(command.attempt()) : null;
        apply(new BpjsVisitAttemptFailedEvent(registrationId, command.attempt(), bridging.deletion(), reason,
                command.retryable(), wait == null ? null : now.plus(wait), now));
    }

    private void requireAttemptInProgress(int attempt, BpjsBridgingStatus expected) {
        if (bridging != expected || attempt != attempts) {
            throw new BusinessRuleViolation(ErrorCode.BPJS_VISIT_NOT_IN_PROGRESS, "attempt " + attempt + " of "
                    + registrationId + " is not in progress: " + bridging + " after " + attempts + " attempts");
        }
    }

    private void requireInProgress() {
        if (status != RegistrationStatus.IN_PROGRESS) {
            throw new BusinessRuleViolation(ErrorCode.REGISTRATION_CLOSED, registrationId + " is " + status);
        }
    }

    private static void requireClinic(ClinicRules clinics, String clinicCode) {
        if (blank(clinicCode)) {
            throw new BusinessRuleViolation(ErrorCode.INVALID_INPUT, "choose the clinic");
        }
        ClinicRules.Rules clinic = clinics.rules(clinicCode)
                .orElseThrow(() -> new BusinessRuleViolation(ErrorCode.CLINIC_UNKNOWN, "no clinic " + clinicCode));
        if (!clinic.active()) {
            throw new BusinessRuleViolation(ErrorCode.CLINIC_INACTIVE, "clinic " + clinicCode + " is not open");
        }
    }

    /** A doctor, when named, must be on duty at the clinic that day. */
    private static void requireDoctor(DoctorRoster roster, String doctorId, String clinicCode, LocalDate day) {
        if (!blank(doctorId) && !roster.onDuty(doctorId, clinicCode, day)) {
            throw new BusinessRuleViolation(ErrorCode.DOCTOR_NOT_ON_DUTY,
                    doctorId + " does not practise at " + clinicCode + " on " + day);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return blank(value) ? null : value.strip();
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    @EventSourcingHandler
    void on(RegistrationStartedEvent event) {
        registrationId = event.registrationId();
        ticketId = event.ticketId();
        patientId = event.patientId();
        serviceDate = event.serviceDate();
        clinicCode = event.clinicCode();
        doctorId = event.doctorId();
        status = RegistrationStatus.IN_PROGRESS;
        payment = event.payment();
    }

    @EventSourcingHandler
    void on(RegistrationChangedEvent event) {
        payment = event.payment();
        clinicCode = event.clinicCode();
        doctorId = event.doctorId();
    }

    @EventSourcingHandler
    void on(MandatoryInformationGivenEvent event) {
        informed.add(event.item());
    }

    @EventSourcingHandler
    void on(BpjsParticipantCheckedEvent event) {
        checkedCard = event.cardNumber();
        checkedActive = event.active();
    }

    @EventSourcingHandler
    void on(BpjsVisitRequestedEvent event) {
        bridging = BpjsBridgingStatus.PENDING;
        attempts = 0;
        nextAttemptAt = event.requestedAt();
    }

    @EventSourcingHandler
    void on(BpjsVisitAttemptStartedEvent event) {
        bridging = event.deletion() ? BpjsBridgingStatus.DELETING : BpjsBridgingStatus.SENDING;
        attempts = event.attempt();
        nextAttemptAt = event.expiresAt();
    }

    @EventSourcingHandler
    void on(BpjsVisitBridgedEvent event) {
        bridging = BpjsBridgingStatus.BRIDGED;
        startDeletionIfWanted(event.bridgedAt());
    }

    @EventSourcingHandler
    void on(BpjsVisitAttemptFailedEvent event) {
        if (event.nextAttemptAt() == null) {
            bridging = event.deletion() ? BpjsBridgingStatus.DELETE_FAILED : BpjsBridgingStatus.FAILED;
        } else {
            bridging = event.deletion() ? BpjsBridgingStatus.DELETE_PENDING : BpjsBridgingStatus.PENDING;
            nextAttemptAt = event.nextAttemptAt();
        }
        if (!event.deletion()) {
            startDeletionIfWanted(event.failedAt());
        }
    }

    @EventSourcingHandler
    void on(BpjsVisitDeletionRequestedEvent event) {
        deleteWanted = true;
        if (bridging != BpjsBridgingStatus.SENDING) {
            startDeletionIfWanted(event.requestedAt());
        }
    }

    @EventSourcingHandler
    void on(BpjsVisitDeletedEvent event) {
        bridging = BpjsBridgingStatus.DELETED;
    }

    /** After a cancellation, once no add is in progress: delete (a visit not at PCare counts as deleted). */
    private void startDeletionIfWanted(Instant at) {
        if (deleteWanted) {
            deleteWanted = false;
            bridging = BpjsBridgingStatus.DELETE_PENDING;
            attempts = 0;
            nextAttemptAt = at;
        }
    }

    @EventSourcingHandler
    void on(RegistrationCompletedEvent event) {
        status = RegistrationStatus.COMPLETED;
    }

    @EventSourcingHandler
    void on(RegistrationCancelledEvent event) {
        status = RegistrationStatus.CANCELLED;
    }
}
