package id.giliran.registration.command;

import java.time.Clock;
import java.time.LocalDate;

/** The queue ticket a registration belongs to, changed in the registration's unit of work. */
public interface TicketHandOff {

    /**
     * Claims a ticket at a counter for this registration, or refuses: TICKET_NOT_AT_COUNTER,
     * TICKET_NOT_FOR_TODAY, TICKET_ALREADY_REGISTERED.
     */
    ClaimedTicket claim(String ticketId, String registrationId, Clock clock);

    void release(String ticketId, String registrationId);

    void directToClinic(String ticketId, String registrationId, String clinicCode, Clock clock);

    record ClaimedTicket(String ticketNumber, LocalDate serviceDate) {
    }
}
