package id.giliran.queue.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.command.BusinessRuleViolation;
import id.giliran.registration.command.TicketHandOff;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.Clock;

/** The ticket loaded in the registration's unit of work, so both change together or not at all. */
@Component
class RepositoryTicketHandOff implements TicketHandOff {

    private final Repository<Ticket> tickets;

    RepositoryTicketHandOff(Repository<Ticket> tickets) {
        this.tickets = tickets;
    }

    @Override
    public ClaimedTicket claim(String ticketId, String registrationId, Clock clock) {
        try {
            return tickets.load(ticketId).invoke(ticket -> {
                ticket.claimForRegistration(registrationId, clock);
                return new ClaimedTicket(ticket.number().display(), ticket.serviceDate());
            });
        } catch (AggregateNotFoundException unknown) {
            throw new BusinessRuleViolation(ErrorCode.TICKET_NOT_AT_COUNTER, "no ticket " + ticketId);
        }
    }

    @Override
    public void release(String ticketId, String registrationId) {
        tickets.load(ticketId).execute(ticket -> ticket.releaseRegistration(registrationId));
    }

    @Override
    public void directToClinic(String ticketId, String registrationId, String clinicCode, Clock clock) {
        tickets.load(ticketId).execute(ticket -> ticket.directToClinic(registrationId, clinicCode, clock));
    }
}
