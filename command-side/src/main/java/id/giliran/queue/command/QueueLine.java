package id.giliran.queue.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.identity.Caller;
import id.giliran.api.identity.Usernames;
import id.giliran.api.queue.BookTicketCommand;
import id.giliran.api.queue.Bookings;
import id.giliran.api.queue.PaymentType;
import id.giliran.api.queue.PriorityReason;
import id.giliran.api.queue.IssueTicketCommand;
import id.giliran.api.queue.TicketCategory;
import id.giliran.api.queue.TicketNumber;
import id.giliran.api.queue.TicketNumberAllocatedEvent;
import id.giliran.command.BusinessRuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;

/**
 * One queue line: the tickets of one prefix on one service day. It hands out numbers one after
 * the other, so they are unique and gapless per prefix per day: commands for one line are handled
 * one at a time (the repository locks the aggregate, Axon Server routes a line to one node, and
 * the event store rejects a second event with the same sequence number). Before numbering, the
 * clinic admits the ticket: it must be active, the service open, and its daily quota not reached.
 */
@Aggregate
public class QueueLine {

    private static final Pattern PREFIX = Pattern.compile("[A-Z]");

    @AggregateIdentifier
    private String queueLineId;
    private int lastSequence;

    protected QueueLine() {
        // for Axon
    }

    /** A ticket taken at the kiosk (or by the front desk): for today, waiting at once. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public TicketNumber handle(IssueTicketCommand command, ClinicAdmission admission, Clock clock) throws Exception {
        validate(command.ticketId(), command.serviceDate(), command.prefix(), command.category(),
                command.priorityReason(), command.payment(), command.clinicCode());
        if (!command.serviceDate().equals(LocalDate.now(clock))) {
            throw new BusinessRuleViolation(ErrorCode.TICKET_NOT_FOR_TODAY,
                    "a ticket at the kiosk is for today, not " + command.serviceDate());
        }
        admission.admit(command.clinicCode(), command.serviceDate(), command.ticketId(), clock);
        TicketNumber number = allocate(command.queueLineId(), command.prefix(), command.serviceDate(),
                command.ticketId());
        createNew(Ticket.class, () -> new Ticket(command, number, clock.instant()));
        return number;
    }

    /** A ticket booked online: numbered now, called once the patient has confirmed arrival. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public TicketNumber handle(BookTicketCommand command, ClinicAdmission admission, MetaData metaData, Clock clock)
            throws Exception {
        validate(command.ticketId(), command.serviceDate(), command.prefix(), command.category(),
                command.priorityReason(), command.payment(), command.clinicCode());
        validateBooking(command, Caller.fromMetaData(metaData), LocalDate.now(clock));
        admission.admitBooking(command.clinicCode(), command.serviceDate(), command.ticketId(), command.patient(),
                clock);
        TicketNumber number = allocate(command.queueLineId(), command.prefix(), command.serviceDate(),
                command.ticketId());
        createNew(Ticket.class, () -> new Ticket(command, number, clock.instant()));
        return number;
    }

    private TicketNumber allocate(String lineId, String prefix, LocalDate serviceDate, String ticketId) {
        TicketNumber number = new TicketNumber(prefix, lastSequence + 1);
        apply(new TicketNumberAllocatedEvent(lineId, serviceDate, number, ticketId));
        return number;
    }

    private static void validateBooking(BookTicketCommand command, Caller caller, LocalDate today) {
        if (command.patient() == null || command.patient().isBlank()) {
            throw new BusinessRuleViolation(ErrorCode.INVALID_INPUT, "a booking names its patient");
        }
        if (!caller.isSystem() && !command.patient().equals(caller.username())) {
            throw new BusinessRuleViolation(ErrorCode.NOT_YOUR_BOOKING, "patients book for themselves");
        }
        if (!Bookings.bookable(command.serviceDate(), today)) {
            throw new BusinessRuleViolation(ErrorCode.BOOKING_DATE_OUT_OF_RANGE,
                    "bookings are for today up to " + Bookings.DAYS_AHEAD + " days ahead, not " + command.serviceDate());
        }
        if (command.bookingCode() == null || !Bookings.CODE_PATTERN.matcher(command.bookingCode()).matches()) {
            throw new BusinessRuleViolation(ErrorCode.INVALID_INPUT, "a booking code is 8 letters and digits");
        }
        if (command.nik() != null && !Bookings.validNik(command.nik())) {
            throw new BusinessRuleViolation(ErrorCode.NIK_INVALID, "a NIK is 16 digits");
        }
        if (command.bpjsNumber() != null && !Bookings.validBpjsNumber(command.bpjsNumber())) {
            throw new BusinessRuleViolation(ErrorCode.BPJS_NUMBER_INVALID, "a BPJS card number is 13 digits");
        }
        if (command.phone() != null && !Usernames.normalise(command.phone()).filter(command.phone()::equals)
                                                  .filter(phone -> phone.startsWith("+62")).isPresent()) {
            throw new BusinessRuleViolation(ErrorCode.PHONE_INVALID, "a phone number is given in +62 form");
        }
    }

    private static void validate(String ticketId, LocalDate serviceDate, String prefix, TicketCategory category,
                                 PriorityReason priorityReason, PaymentType payment, String clinicCode) {
        if (ticketId == null || ticketId.isBlank() || serviceDate == null || category == null || payment == null
                || clinicCode == null || clinicCode.isBlank() || prefix == null) {
            throw new BusinessRuleViolation(ErrorCode.INVALID_INPUT,
                    "ticketId, serviceDate, prefix, category, payment and clinicCode are required");
        }
        if (!PREFIX.matcher(prefix).matches()) {
            throw new BusinessRuleViolation(ErrorCode.TICKET_PREFIX_INVALID,
                    "a ticket prefix is one capital letter: " + prefix);
        }
        boolean priorityLine = TicketCategory.PRIORITY_PREFIX.equals(prefix);
        if (category == TicketCategory.PRIORITY) {
            if (priorityReason == null) {
                throw new BusinessRuleViolation(ErrorCode.PRIORITY_REASON_REQUIRED,
                        "a priority ticket needs a reason");
            }
            if (!priorityLine) {
                throw new BusinessRuleViolation(ErrorCode.TICKET_PREFIX_INVALID,
                        "priority tickets are numbered in line " + TicketCategory.PRIORITY_PREFIX);
            }
        } else {
            if (priorityReason != null) {
                throw new BusinessRuleViolation(ErrorCode.PRIORITY_REASON_NOT_ALLOWED,
                        "a general ticket has no priority reason");
            }
            if (priorityLine) {
                throw new BusinessRuleViolation(ErrorCode.TICKET_PREFIX_INVALID,
                        "line " + TicketCategory.PRIORITY_PREFIX + " is for priority tickets only");
            }
        }
    }

    @EventSourcingHandler
    void on(TicketNumberAllocatedEvent event) {
        queueLineId = event.queueLineId();
        lastSequence = event.number().sequence();
    }
}
