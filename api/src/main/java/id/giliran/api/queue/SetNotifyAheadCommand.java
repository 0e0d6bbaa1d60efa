package id.giliran.api.queue;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * How near a patient's turn must be for "your turn is near" (WhatsApp and in the patient's app):
 * when at most {@code tickets} waiting tickets are ahead.
 */
@Permitted(Role.ADMIN)
public record SetNotifyAheadCommand(int tickets) {

    @TargetAggregateIdentifier
    public String settingsId() {
        return ConfigureQueueCommand.SETTINGS_ID;
    }
}
