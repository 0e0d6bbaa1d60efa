package id.giliran.queue.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.queue.ClinicBookingHeldEvent;
import id.giliran.api.queue.ClinicTicketWithdrawnEvent;
import id.giliran.api.queue.ClinicTicketAdmittedEvent;
import id.giliran.command.BusinessRuleViolation;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One clinic on one service day: it counts the tickets admitted (priority and general) so the
 * daily quota is never exceeded, also when many kiosks issue at once (admissions of one clinic-day
 * are handled one at a time, in the unit of work that numbers the ticket).
 */
@Aggregate
public class ClinicDay {

    @AggregateIdentifier
    private String clinicDayId;
    private int admitted;
    /** The live online bookings: patient → ticket. */
    private final Map<String, String> bookings = new HashMap<>();

    protected ClinicDay() {
        // for Axon
    }

    static String id(String clinicCode, LocalDate serviceDate) {
        return clinicCode + "@" + serviceDate;
    }

    /** Admits a ticket; {@code patient} is the username of an online booking, null for a kiosk ticket. */
    void admit(String clinicCode, LocalDate serviceDate, String ticketId, String patient, int dailyQuota) {
        if (patient != null && bookings.containsKey(patient)) {
            throw new BusinessRuleViolation(ErrorCode.BOOKING_ALREADY_ACTIVE,
                    "the patient already booked clinic " + clinicCode + " for " + serviceDate);
        }
        if (dailyQuota > 0 && admitted >= dailyQuota) {
            throw new BusinessRuleViolation(ErrorCode.CLINIC_FULL,
                    "clinic " + clinicCode + " reached its quota of " + dailyQuota + " for " + serviceDate);
        }
        String dayId = id(clinicCode, serviceDate);
        apply(new ClinicTicketAdmittedEvent(dayId, clinicCode, serviceDate, ticketId, admitted + 1, dailyQuota));
        if (patient != null) {
            apply(new ClinicBookingHeldEvent(dayId, clinicCode, serviceDate, patient, ticketId));
        }
    }

    void withdraw(String clinicCode, LocalDate serviceDate, String ticketId, String patient) {
        if (!ticketId.equals(bookings.get(patient))) {
            throw new IllegalStateException("ticket " + ticketId + " holds no booking of its patient on "
                    + clinicDayId);
        }
        apply(new ClinicTicketWithdrawnEvent(id(clinicCode, serviceDate), clinicCode, serviceDate, ticketId, patient,
                admitted - 1));
    }

    @EventSourcingHandler
    void on(ClinicTicketAdmittedEvent event) {
        clinicDayId = event.clinicDayId();
        admitted = event.admittedToday();
    }

    @EventSourcingHandler
    void on(ClinicBookingHeldEvent event) {
        bookings.put(event.patient(), event.ticketId());
    }

    @EventSourcingHandler
    void on(ClinicTicketWithdrawnEvent event) {
        admitted = event.admittedToday();
        bookings.remove(event.patient());
    }
}
