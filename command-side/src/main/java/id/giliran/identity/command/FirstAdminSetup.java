package id.giliran.identity.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.identity.ClaimFirstAdminSetupCommand;
import id.giliran.api.identity.FirstAdminSetupClaimedEvent;
import id.giliran.api.identity.FirstAdminSetupReleasedEvent;
import id.giliran.api.identity.ReleaseFirstAdminSetupCommand;
import id.giliran.command.BusinessRuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The one-time first-admin setup of an installation: one aggregate per installation, so of two
 * claims at the same moment exactly one is stored (the other finds it claimed, or loses the race
 * to write the aggregate's first event). A claim whose admin was refused is released again.
 */
@Aggregate
public class FirstAdminSetup {

    @AggregateIdentifier
    private String setupId;
    private boolean claimed;

    protected FirstAdminSetup() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ClaimFirstAdminSetupCommand command, Clock clock) {
        if (claimed) {
            throw new BusinessRuleViolation(ErrorCode.SETUP_ALREADY_DONE, "the first-admin setup was done");
        }
        apply(new FirstAdminSetupClaimedEvent(command.setupId(), clock.instant()));
    }

    @CommandHandler
    public void handle(ReleaseFirstAdminSetupCommand command) {
        if (claimed) {
            apply(new FirstAdminSetupReleasedEvent(setupId));
        }
    }

    @EventSourcingHandler
    void on(FirstAdminSetupClaimedEvent event) {
        setupId = event.setupId();
        claimed = true;
    }

    @EventSourcingHandler
    void on(FirstAdminSetupReleasedEvent event) {
        claimed = false;
    }
}
