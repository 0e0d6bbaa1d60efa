package id.giliran.queue.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.queue.ClinicTicketAdmittedEvent;
import id.giliran.command.BusinessRuleViolation;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;

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

    protected ClinicDay() {
        // for Axon
    }

    static String id(String clinicCode, LocalDate serviceDate) {
        return clinicCode + "@" + serviceDate;
    }

    void admit(String clinicCode, LocalDate serviceDate, String ticketId, int dailyQuota) {
        if (dailyQuota > 0 && admitted >= dailyQuota) {
            throw new BusinessRuleViolation(ErrorCode.CLINIC_FULL,
                    "clinic " + clinicCode + " reached its quota of " + dailyQuota + " for " + serviceDate);
        }
        apply(new ClinicTicketAdmittedEvent(id(clinicCode, serviceDate), clinicCode, serviceDate, ticketId,
                admitted + 1, dailyQuota));
    }

    @EventSourcingHandler
    void on(ClinicTicketAdmittedEvent event) {
        clinicDayId = event.clinicDayId();
        admitted = event.admittedToday();
    }
}
