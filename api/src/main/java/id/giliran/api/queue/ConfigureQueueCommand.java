package id.giliran.api.queue;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The queue's settings: the calling ratio, whether the display speaks each call, the running text
 * along the bottom of the display (may be empty), the service hours in which the kiosk issues
 * tickets (both null: all day) and the days the service is closed.
 */
@Permitted(Role.ADMIN)
public record ConfigureQueueCommand(PriorityRatio ratio, boolean spokenCalls, String runningText, LocalTime opensAt,
                                    LocalTime closesAt, List<LocalDate> closedDays) {

    /** There is one set of queue settings per Puskesmas. */
    public static final String SETTINGS_ID = "queue-settings";

    @TargetAggregateIdentifier
    public String settingsId() {
        return SETTINGS_ID;
    }
}
