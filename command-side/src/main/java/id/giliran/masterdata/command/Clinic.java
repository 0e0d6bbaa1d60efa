package id.giliran.masterdata.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.common.TextLimit;
import id.giliran.api.masterdata.ClinicConfiguredEvent;
import id.giliran.api.masterdata.ClinicRegisteredEvent;
import id.giliran.api.masterdata.ConfigureClinicCommand;
import id.giliran.api.masterdata.RegisterClinicCommand;
import id.giliran.api.queue.TicketCategory;
import id.giliran.command.BusinessRuleViolation;
import id.giliran.command.TextLimits;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A clinic (poli) of the Puskesmas, identified by its code. */
@Aggregate
public class Clinic {

    @AggregateIdentifier
    private String clinicCode;
    private int dailyQuota;
    private boolean active = true;

    protected Clinic() {
        // for Axon
    }

    /** Registers the clinic once; registering it again changes nothing, so seeding is idempotent. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RegisterClinicCommand command) {
        if (clinicCode != null) {
            return;
        }
        if (isBlank(command.clinicCode()) || isBlank(command.name()) || command.ticketPrefix() == null
                || !command.ticketPrefix().matches("[A-Z]")) {
            throw new BusinessRuleViolation(ErrorCode.INVALID_INPUT,
                    "a clinic needs a code, a name and a one-letter ticket prefix");
        }
        TextLimits.require(TextLimit.CLINIC_NAME, command.name());
        if (TicketCategory.PRIORITY_PREFIX.equals(command.ticketPrefix())) {
            throw new BusinessRuleViolation(ErrorCode.TICKET_PREFIX_INVALID,
                    "prefix " + TicketCategory.PRIORITY_PREFIX + " is kept for priority tickets");
        }
        apply(new ClinicRegisteredEvent(command.clinicCode(), command.name().strip(), command.ticketPrefix()));
    }

    @CommandHandler
    public void handle(ConfigureClinicCommand command) {
        if (isBlank(command.name()) || command.dailyQuota() < 0 || command.dailyQuota() > 10_000) {
            throw new BusinessRuleViolation(ErrorCode.INVALID_INPUT,
                    "a clinic needs a name and a daily quota from 0 (no limit) to 10000");
        }
        TextLimits.require(TextLimit.CLINIC_NAME, command.name());
        TextLimits.require(TextLimit.BPJS_CODE, command.bpjsPoliCode());
        apply(new ClinicConfiguredEvent(clinicCode, command.name().strip(),
                command.bpjsPoliCode() == null ? "" : command.bpjsPoliCode().strip(), command.dailyQuota(),
                command.active(), command.displayOrder()));
    }

    int dailyQuota() {
        return dailyQuota;
    }

    boolean isActive() {
        return active;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    @EventSourcingHandler
    void on(ClinicRegisteredEvent event) {
        clinicCode = event.clinicCode();
    }

    @EventSourcingHandler
    void on(ClinicConfiguredEvent event) {
        dailyQuota = event.dailyQuota();
        active = event.active();
    }
}
