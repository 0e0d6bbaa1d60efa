package id.giliran.api.queue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The queue settings; {@code opensAt} and {@code closesAt} are null when tickets are issued all day.
 * {@code notifyAhead}: patients are told their turn is near when at most this many tickets are ahead.
 */
public record QueueSettingsView(PriorityRatio ratio, boolean spokenCalls, String runningText, LocalTime opensAt,
                                LocalTime closesAt, List<LocalDate> closedDays, int averageServiceMinutes,
                                int notifyAhead) {

    public static final int DEFAULT_SERVICE_MINUTES = 5;
    /** "Your turn is near" when at most this many tickets are ahead, until an admin sets it. */
    public static final int DEFAULT_NOTIFY_AHEAD = 3;
    public static final int MAX_NOTIFY_AHEAD = 20;
    public static final QueueSettingsView DEFAULT = new QueueSettingsView(PriorityRatio.DEFAULT, true, "", null, null,
            List.of(), DEFAULT_SERVICE_MINUTES, DEFAULT_NOTIFY_AHEAD);

    /** Whether the kiosk issues tickets for {@code day} at {@code time}. */
    public boolean isOpen(LocalDate day, LocalTime time) {
        if (closedDays != null && closedDays.contains(day)) {
            return false;
        }
        return opensAt == null || closesAt == null || !time.isBefore(opensAt) && time.isBefore(closesAt);
    }
}
