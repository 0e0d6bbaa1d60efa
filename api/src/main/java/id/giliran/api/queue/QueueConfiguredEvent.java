package id.giliran.api.queue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

public record QueueConfiguredEvent(String settingsId, PriorityRatio ratio, boolean spokenCalls, String runningText,
                                   LocalTime opensAt, LocalTime closesAt, List<LocalDate> closedDays) {
}
