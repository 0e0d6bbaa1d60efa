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

    /**
     * Admits an online booking like {@link #admit}, and also refuses BOOKING_ALREADY_ACTIVE when the
     * patient already holds a live booking for that clinic and day.
     */
    void admitBooking(String clinicCode, LocalDate serviceDate, String ticketId, String patient, Clock clock);

    /** Gives a cancelled booking's place back to the clinic's day (quota and the patient's one booking). */
    void withdraw(String clinicCode, LocalDate serviceDate, String ticketId, String patient);
}
