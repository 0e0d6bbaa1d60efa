package id.giliran.api.queue;

public record QueueConfiguredEvent(String settingsId, PriorityRatio ratio, boolean spokenCalls, String runningText) {
}
