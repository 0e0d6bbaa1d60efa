package id.giliran.queue.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.queue.QueueSettingsView;
import id.giliran.command.BusinessRuleViolation;
import id.giliran.masterdata.command.ClinicRules;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Admission from the aggregates themselves, in the current unit of work: the clinic (active,
 * quota), the queue settings (hours, closed days) and the clinic's day (count).
 */
@Component
class RepositoryClinicAdmission implements ClinicAdmission {

    private final ClinicRules clinics;
    private final QueueSettingsLookup settings;
    private final Repository<ClinicDay> clinicDays;

    RepositoryClinicAdmission(ClinicRules clinics, QueueSettingsLookup settings, Repository<ClinicDay> clinicDays) {
        this.clinics = clinics;
        this.settings = settings;
        this.clinicDays = clinicDays;
    }

    @Override
    public void admit(String clinicCode, LocalDate serviceDate, String ticketId, Clock clock) {
        admitBooking(clinicCode, serviceDate, ticketId, null, clock);
    }

    @Override
    public void admitBooking(String clinicCode, LocalDate serviceDate, String ticketId, String patient, Clock clock) {
        ClinicRules.Rules clinic = clinics.rules(clinicCode)
                .orElseThrow(() -> new BusinessRuleViolation(ErrorCode.CLINIC_UNKNOWN, "no clinic " + clinicCode));
        if (!clinic.active()) {
            throw new BusinessRuleViolation(ErrorCode.CLINIC_INACTIVE, "clinic " + clinicCode + " takes no tickets");
        }
        LocalDate today = LocalDate.now(clock);
        QueueSettingsView hours = settings.settings();
        boolean open = serviceDate.isAfter(today)
                ? hours.closedDays() == null || !hours.closedDays().contains(serviceDate)
                : serviceDate.equals(today) && hours.isOpen(today, LocalTime.now(clock));
        if (!open) {
            throw new BusinessRuleViolation(ErrorCode.SERVICE_CLOSED, "no tickets for " + serviceDate + " now");
        }
        day(clinicCode, serviceDate).execute(
                clinicDay -> clinicDay.admit(clinicCode, serviceDate, ticketId, patient, clinic.dailyQuota()));
    }

    @Override
    public void withdraw(String clinicCode, LocalDate serviceDate, String ticketId, String patient) {
        day(clinicCode, serviceDate).execute(clinicDay -> clinicDay.withdraw(clinicCode, serviceDate, ticketId, patient));
    }

    private Aggregate<ClinicDay> day(String clinicCode, LocalDate serviceDate) {
        try {
            return clinicDays.loadOrCreate(ClinicDay.id(clinicCode, serviceDate), ClinicDay::new);
        } catch (RuntimeException failure) {
            throw failure;
        } catch (Exception failure) {
            throw new IllegalStateException("cannot load the day of clinic " + clinicCode, failure);
        }
    }
}
