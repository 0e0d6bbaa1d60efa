package id.giliran.registration.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.identity.Caller;
import id.giliran.api.queue.PaymentType;
import id.giliran.api.registration.BpjsParticipantCheckedEvent;
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
import id.giliran.masterdata.command.ClinicRules;
import id.giliran.masterdata.command.DoctorRoster;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
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
        requireClinic(clinics, command.clinicCode());
        requireDoctor(roster, command.doctorId(), command.clinicCode(), serviceDate);
        apply(new RegistrationChangedEvent(registrationId, payment, command.clinicCode(),
                blankToNull(command.doctorId()), strip(command.notes())));
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
                Caller.fromMetaData(metaData).username(), clock.instant()));
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
        if (status == RegistrationStatus.IN_PROGRESS) {
            tickets.release(ticketId, registrationId);
        }
        apply(new RegistrationCancelledEvent(registrationId, ticketId, command.reason().strip(),
                Caller.fromMetaData(metaData).username(), clock.instant()));
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
    }

    @EventSourcingHandler
    void on(RegistrationChangedEvent event) {
        clinicCode = event.clinicCode();
        doctorId = event.doctorId();
    }

    @EventSourcingHandler
    void on(MandatoryInformationGivenEvent event) {
        informed.add(event.item());
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
