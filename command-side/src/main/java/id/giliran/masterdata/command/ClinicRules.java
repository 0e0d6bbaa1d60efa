package id.giliran.masterdata.command;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** A clinic's admission rules as its aggregate holds them now, for the queue's command side. */
@Component
public class ClinicRules {

    private final Repository<Clinic> clinics;

    ClinicRules(Repository<Clinic> clinics) {
        this.clinics = clinics;
    }

    public Optional<Rules> rules(String clinicCode) {
        try {
            return Optional.of(clinics.load(clinicCode).invoke(clinic -> new Rules(clinic.isActive(), clinic.dailyQuota())));
        } catch (AggregateNotFoundException unknown) {
            return Optional.empty();
        }
    }

    /** @param dailyQuota 0 = no limit */
    public record Rules(boolean active, int dailyQuota) {
    }
}
