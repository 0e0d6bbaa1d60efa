package id.giliran.queue.command;

import java.time.Clock;

/** Calls one ticket inside the current unit of work, as part of a calling day's decision. */
public interface TicketCalls {

    /** Calls the ticket if it is still waiting; answers false when it is not (another counter was faster). */
    boolean callIfWaiting(String ticketId, String counterId, int counterNumber, Clock clock);
}
