package id.giliran.queue.ui;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.identity.Usernames;
import id.giliran.api.masterdata.ClinicView;
import id.giliran.api.queue.ArrivalChannel;
import id.giliran.api.queue.BookTicketCommand;
import id.giliran.api.queue.Bookings;
import id.giliran.api.queue.CancelBookingCommand;
import id.giliran.api.queue.ConfirmArrivalCommand;
import id.giliran.api.queue.FindBookingByCodeQuery;
import id.giliran.api.queue.FindPatientTicketsQuery;
import id.giliran.api.queue.TicketCategory;
import id.giliran.api.queue.TicketStatus;
import id.giliran.api.queue.TicketView;
import id.giliran.identity.security.Callers;
import id.giliran.masterdata.ui.MasterDataService;
import id.giliran.ui.ErrorText.UserError;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Online booking for signed-in patients (book, follow, cancel, confirm arrival on the phone) and the
 * kiosk's arrival check by booking code.
 */
@Service
public class BookingService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final TicketCommands ticketCommands;
    private final QueryGateway queryGateway;
    private final MasterDataService masterData;
    private final KioskService kiosk;
    private final Clock clock;

    BookingService(TicketCommands ticketCommands, QueryGateway queryGateway, MasterDataService masterData,
                   KioskService kiosk, Clock clock) {
        this.ticketCommands = ticketCommands;
        this.queryGateway = queryGateway;
        this.masterData = masterData;
        this.kiosk = kiosk;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public LocalDate lastBookableDay() {
        return today().plusDays(Bookings.DAYS_AHEAD);
    }

    /** The clinics taking tickets, with the places left on {@code day}. */
    public List<ClinicChoice> clinics(LocalDate day) {
        return kiosk.clinics(day);
    }

    /** The signed-in patient's username, which is also their default WhatsApp number when it is a phone number. */
    public String patient() {
        return Callers.current().username();
    }

    /** Books a ticket for the signed-in patient and answers it as the queue's read model has it. */
    public TicketView book(BookingForm form) {
        if (!Bookings.bookable(form.getServiceDate(), today())) {
            throw new UserError(ErrorCode.BOOKING_DATE_OUT_OF_RANGE, "not bookable: " + form.getServiceDate());
        }
        ClinicView clinic = masterData.clinics().stream()
                                     .filter(candidate -> candidate.clinicCode().equals(form.getClinicCode()))
                                     .findFirst()
                                     .orElseThrow(() -> new UserError(ErrorCode.CLINIC_UNKNOWN,
                                             "unknown clinic " + form.getClinicCode()));
        String phone = optional(form.getPhone());
        if (phone != null) {
            phone = Usernames.normalise(phone).filter(number -> number.startsWith("+62"))
                             .orElseThrow(() -> new UserError(ErrorCode.PHONE_INVALID, "not a phone number"));
        }
        String prefix = form.getCategory() == TicketCategory.PRIORITY ? TicketCategory.PRIORITY_PREFIX
                : clinic.ticketPrefix();
        String ticketId = UUID.randomUUID().toString();
        return ticketCommands.sendAndAwait(ticketId, new BookTicketCommand(ticketId, form.getServiceDate(), prefix,
                form.getCategory(), form.getCategory() == TicketCategory.PRIORITY ? form.getPriorityReason() : null,
                form.getPayment(), clinic.clinicCode(), patient(), newCode(), optional(form.getNik()),
                optional(form.getBpjsNumber()), phone), booked -> true);
    }

    /** Patients are told their turn is near when at most this many tickets are ahead. */
    public int notifyAhead() {
        return kiosk.settings().notifyAhead();
    }

    /** The signed-in patient's tickets from today on. */
    public List<TicketView> myTickets() {
        return queryGateway.query(new FindPatientTicketsQuery(patient(), today()),
                ResponseTypes.multipleInstancesOf(TicketView.class)).join();
    }

    public TicketView cancel(String ticketId, String reason) {
        return ticketCommands.sendAndAwait(ticketId, new CancelBookingCommand(ticketId, reason),
                ticket -> ticket.status() == TicketStatus.CANCELLED);
    }

    public TicketView confirmArrival(String ticketId, ArrivalChannel channel) {
        return ticketCommands.sendAndAwait(ticketId, new ConfirmArrivalCommand(ticketId, channel),
                ticket -> ticket.status() != TicketStatus.BOOKED);
    }

    /** Today's booking with the code typed or scanned at the kiosk. */
    public Optional<TicketView> findBooking(String typedOrScanned) {
        String code = Bookings.normaliseCode(typedOrScanned);
        if (!Bookings.CODE_PATTERN.matcher(code).matches()) {
            return Optional.empty();
        }
        return queryGateway.query(new FindBookingByCodeQuery(code, today()),
                ResponseTypes.optionalInstanceOf(TicketView.class)).join();
    }

    private static String optional(String input) {
        if (input == null) {
            return null;
        }
        String stripped = input.replaceAll("\\s", "");
        return stripped.isEmpty() ? null : stripped;
    }

    static String newCode() {
        StringBuilder code = new StringBuilder(Bookings.CODE_LENGTH);
        for (int i = 0; i < Bookings.CODE_LENGTH; i++) {
            code.append(Bookings.CODE_ALPHABET.charAt(RANDOM.nextInt(Bookings.CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
