package id.giliran.queue.command;

import java.time.Clock;
import java.time.LocalDate;

/** Lets a ticket into a clinic's day, in the same unit of work as its number, or refuses it. */
public interface ClinicAdmission {

    /**
     * Admits the ticket or throws a {@code BusinessRuleViolation}: CLINIC_UNKNOWN, CLINIC_INACTIVE,
     * SERVICE_CLOSED (outside service hours or on a closed day) or CLINIC_FULL (daily quota reached).
     */
    void admit(String clinicCode, LocalDate serviceDate, String ticketId, Clock clock);
}
