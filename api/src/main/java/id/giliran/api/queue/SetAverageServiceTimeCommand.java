package id.giliran.api.queue;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The average minutes a counter needs per ticket, the starting value of waiting-time estimates
 * until the day has enough measured service times of its own.
 */
@Permitted(Role.ADMIN)
public record SetAverageServiceTimeCommand(int minutes) {

    @TargetAggregateIdentifier
    public String settingsId() {
        return ConfigureQueueCommand.SETTINGS_ID;
    }
}
