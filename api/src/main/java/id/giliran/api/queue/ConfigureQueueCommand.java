package id.giliran.api.queue;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The queue's settings: the calling ratio, whether the display speaks each call, and the running
 * text along the bottom of the display (may be empty).
 */
@Permitted(Role.ADMIN)
public record ConfigureQueueCommand(PriorityRatio ratio, boolean spokenCalls, String runningText) {

    /** There is one set of queue settings per Puskesmas. */
    public static final String SETTINGS_ID = "queue-settings";

    @TargetAggregateIdentifier
    public String settingsId() {
        return SETTINGS_ID;
    }
}
