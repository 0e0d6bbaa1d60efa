package id.giliran.queue.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.common.TextLimit;
import id.giliran.api.identity.Caller;
import id.giliran.api.identity.Role;
import id.giliran.api.queue.ArrivalChannel;
import id.giliran.api.queue.BookTicketCommand;
import id.giliran.api.queue.CancelBookingCommand;
import id.giliran.api.queue.ConfirmArrivalCommand;
import id.giliran.api.queue.TicketArrivalConfirmedEvent;
import id.giliran.api.queue.TicketBookedEvent;
import id.giliran.api.queue.TicketBookingCancelledEvent;
import id.giliran.api.queue.TicketDirectedToClinicEvent;
import id.giliran.api.queue.TicketRegistrationReleasedEvent;
import id.giliran.api.queue.TicketRegistrationStartedEvent;
import id.giliran.api.queue.CallTicketCommand;
import id.giliran.api.queue.FinishTicketCommand;
import id.giliran.api.queue.RecallTicketCommand;
import id.giliran.api.queue.SkipTicketCommand;
import id.giliran.api.queue.StartServingTicketCommand;
import id.giliran.api.queue.TicketFinishedEvent;
import id.giliran.api.queue.TicketRecalledEvent;
import id.giliran.api.queue.TicketServingStartedEvent;
import id.giliran.api.queue.TicketSkippedEvent;
import id.giliran.api.queue.IssueTicketCommand;
import id.giliran.api.queue.TicketCalledEvent;
import id.giliran.api.queue.TicketIssuedEvent;
import id.giliran.api.queue.TicketNumber;
import id.giliran.api.queue.TicketStatus;
import id.giliran.command.BusinessRuleViolation;
import id.giliran.command.TextLimits;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A queue ticket. It is created by its {@link QueueLine}, which gives it its number, and then
 * goes its own way: waiting, called to a counter (and recalled), skipped when the patient is not
 * there (and called back later), served, finished and handed on to registration. A ticket booked
 * online holds its number but is not called until the patient confirms arrival; until then the
 * patient (or the front desk) may cancel it.
 */
@Aggregate
public class Ticket {

    @AggregateIdentifier
    private String ticketId;
    private LocalDate serviceDate;
    private TicketNumber number;
    private TicketStatus status;
    private int counterNumber;
    private String clinicCode;
    private String patient;
    /** The live registration of this ticket's patient, if one is in progress or done. */
    private String registrationId;

    protected Ticket() {
        // for Axon
    }

    Ticket(IssueTicketCommand command, TicketNumber number, Instant issuedAt) {
        apply(new TicketIssuedEvent(command.ticketId(), command.serviceDate(), number, command.category(),
                command.priorityReason(), command.payment(), command.clinicCode(), issuedAt));
    }

    Ticket(BookTicketCommand command, TicketNumber number, Instant bookedAt) {
        apply(new TicketBookedEvent(command.ticketId(), command.serviceDate(), number, command.category(),
                command.priorityReason(), command.payment(), command.clinicCode(), command.patient(),
                command.bookingCode(), command.nik(), command.bpjsNumber(), command.phone(), bookedAt));
    }

    @CommandHandler
    public void handle(ConfirmArrivalCommand command, MetaData metaData, Clock clock) {
        if (command.channel() == null) {
            throw new BusinessRuleViolation(ErrorCode.INVALID_INPUT, "an arrival needs its channel");
        }
        requireBooked();
        if (command.channel() == ArrivalChannel.MOBILE) {
            requireOwnerOrStaff(Caller.fromMetaData(metaData));
        } else if (command.channel() == ArrivalChannel.LOKET) {
            Caller caller = Caller.fromMetaData(metaData);
            if (!caller.isSystem() && !caller.hasAnyRole(Role.PETUGAS_LOKET, Role.ADMIN)) {
                throw new BusinessRuleViolation(ErrorCode.ACCESS_DENIED, "only the front desk confirms at the loket");
            }
        }
        requireToday(clock);
        apply(new TicketArrivalConfirmedEvent(ticketId, serviceDate, number, command.channel(), clock.instant()));
    }

    @CommandHandler
    public void handle(CancelBookingCommand command, MetaData metaData, ClinicAdmission admission, Clock clock) {
        requireBooked();
        Caller caller = Caller.fromMetaData(metaData);
        requireOwnerOrStaff(caller);
        String reason = command.reason() == null ? "" : command.reason().strip();
        if (reason.isEmpty() && !caller.isSystem() && !patient.equals(caller.username())) {
            throw new BusinessRuleViolation(ErrorCode.INVALID_INPUT, "the front desk gives a reason to cancel");
        }
        TextLimits.require(TextLimit.REASON, reason);
        admission.withdraw(clinicCode, serviceDate, ticketId, patient);
        apply(new TicketBookingCancelledEvent(ticketId, serviceDate, number, clinicCode, reason,
                caller.username(), clock.instant()));
    }

    /** Tickets are called, confirmed and registered on their own service day only. */
    private void requireToday(Clock clock) {
        if (!serviceDate.equals(LocalDate.now(clock))) {
            throw new BusinessRuleViolation(ErrorCode.TICKET_NOT_FOR_TODAY,
                    "ticket " + number.display() + " is for " + serviceDate);
        }
    }

    private void requireBooked() {
        if (status != TicketStatus.BOOKED) {
            throw new BusinessRuleViolation(ErrorCode.TICKET_NOT_BOOKED,
                    "ticket " + number.display() + " is " + status + ", not an open booking");
        }
    }

    private void requireOwnerOrStaff(Caller caller) {
        boolean owner = patient.equals(caller.username());
        if (!owner && !caller.isSystem() && !caller.hasAnyRole(Role.PETUGAS_LOKET, Role.ADMIN)) {
            throw new BusinessRuleViolation(ErrorCode.NOT_YOUR_BOOKING,
                    "booking " + number.display() + " belongs to another patient");
        }
    }

    /**
     * The front desk begins registering this ticket's patient: the ticket must be at a counter
     * (called or being served) today, and not already registered.
     */
    void claimForRegistration(String registration, Clock clock) {
        if (status != TicketStatus.CALLED && status != TicketStatus.SERVING) {
            throw new BusinessRuleViolation(ErrorCode.TICKET_NOT_AT_COUNTER,
                    "ticket " + number.display() + " is " + status + ", not at a counter");
        }
        requireToday(clock);
        if (registrationId != null) {
            throw new BusinessRuleViolation(ErrorCode.TICKET_ALREADY_REGISTERED,
                    "ticket " + number.display() + " is registered by " + registrationId);
        }
        apply(new TicketRegistrationStartedEvent(ticketId, registration));
    }

    void releaseRegistration(String registration) {
        if (registration.equals(registrationId) && status != TicketStatus.DIRECTED_TO_CLINIC) {
            apply(new TicketRegistrationReleasedEvent(ticketId, registration));
        }
    }

    void directToClinic(String registration, String clinic, Clock clock) {
        if (!registration.equals(registrationId)) {
            throw new IllegalStateException("ticket " + ticketId + " is not registered by " + registration);
        }
        apply(new TicketDirectedToClinicEvent(ticketId, serviceDate, number, clinic, registration, clock.instant()));
    }

    TicketNumber number() {
        return number;
    }

    LocalDate serviceDate() {
        return serviceDate;
    }

    /** Calls a waiting ticket, or calls a skipped one back. */
    @CommandHandler
    public void handle(CallTicketCommand command, Clock clock) {
        call(command.counterId(), command.counterNumber(), clock);
    }

    void call(String counterId, int counterNumber, Clock clock) {
        if (counterId == null || counterId.isBlank() || counterNumber < 1) {
            throw new BusinessRuleViolation(ErrorCode.INVALID_INPUT, "a call needs a counter");
        }
        if (status != TicketStatus.WAITING && status != TicketStatus.SKIPPED) {
            throw new BusinessRuleViolation(ErrorCode.TICKET_NOT_WAITING,
                    "ticket " + number.display() + " is " + status + ", not waiting");
        }
        requireToday(clock);
        apply(new TicketCalledEvent(ticketId, serviceDate, number, counterId, counterNumber, clock.instant()));
    }

    @CommandHandler
    public void handle(RecallTicketCommand command, Clock clock) {
        requireStatus(TicketStatus.CALLED, ErrorCode.TICKET_NOT_CALLED);
        apply(new TicketRecalledEvent(ticketId, serviceDate, number, counterNumber, clock.instant()));
    }

    @CommandHandler
    public void handle(SkipTicketCommand command, Clock clock) {
        requireStatus(TicketStatus.CALLED, ErrorCode.TICKET_NOT_CALLED);
        apply(new TicketSkippedEvent(ticketId, serviceDate, number, clock.instant()));
    }

    @CommandHandler
    public void handle(StartServingTicketCommand command, Clock clock) {
        requireStatus(TicketStatus.CALLED, ErrorCode.TICKET_NOT_CALLED);
        apply(new TicketServingStartedEvent(ticketId, serviceDate, number, clock.instant()));
    }

    @CommandHandler
    public void handle(FinishTicketCommand command, Clock clock) {
        requireStatus(TicketStatus.SERVING, ErrorCode.TICKET_NOT_SERVING);
        if (registrationId != null) {
            throw new BusinessRuleViolation(ErrorCode.TICKET_ALREADY_REGISTERED,
                    "ticket " + number.display() + " is being registered; complete or cancel the registration");
        }
        apply(new TicketFinishedEvent(ticketId, serviceDate, number, clock.instant()));
    }

    private void requireStatus(TicketStatus expected, ErrorCode otherwise) {
        if (status != expected) {
            throw new BusinessRuleViolation(otherwise, "ticket " + number.display() + " is " + status
                    + ", not " + expected);
        }
    }

    @EventSourcingHandler
    void on(TicketIssuedEvent event) {
        ticketId = event.ticketId();
        serviceDate = event.serviceDate();
        number = event.number();
        clinicCode = event.clinicCode();
        status = TicketStatus.WAITING;
    }

    @EventSourcingHandler
    void on(TicketRegistrationStartedEvent event) {
        registrationId = event.registrationId();
    }

    @EventSourcingHandler
    void on(TicketRegistrationReleasedEvent event) {
        registrationId = null;
    }

    @EventSourcingHandler
    void on(TicketDirectedToClinicEvent event) {
        status = TicketStatus.DIRECTED_TO_CLINIC;
    }

    @EventSourcingHandler
    void on(TicketBookedEvent event) {
        ticketId = event.ticketId();
        serviceDate = event.serviceDate();
        number = event.number();
        clinicCode = event.clinicCode();
        patient = event.patient();
        status = TicketStatus.BOOKED;
    }

    @EventSourcingHandler
    void on(TicketArrivalConfirmedEvent event) {
        status = TicketStatus.WAITING;
    }

    @EventSourcingHandler
    void on(TicketBookingCancelledEvent event) {
        status = TicketStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(TicketCalledEvent event) {
        status = TicketStatus.CALLED;
        counterNumber = event.counterNumber();
    }

    @EventSourcingHandler
    void on(TicketSkippedEvent event) {
        status = TicketStatus.SKIPPED;
    }

    @EventSourcingHandler
    void on(TicketServingStartedEvent event) {
        status = TicketStatus.SERVING;
    }

    @EventSourcingHandler
    void on(TicketFinishedEvent event) {
        status = TicketStatus.FINISHED;
    }
}
