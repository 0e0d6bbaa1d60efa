package id.giliran.api.queue;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The queue's settings: the calling ratio and whether the display speaks each call. */
@Permitted(Role.ADMIN)
public record ConfigureQueueCommand(PriorityRatio ratio, boolean spokenCalls) {

    /** There is one set of queue settings per Puskesmas. */
    public static final String SETTINGS_ID = "queue-settings";

    @TargetAggregateIdentifier
    public String settingsId() {
        return SETTINGS_ID;
    }
}
