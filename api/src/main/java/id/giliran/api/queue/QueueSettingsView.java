package id.giliran.api.queue;

public record QueueSettingsView(PriorityRatio ratio, boolean spokenCalls, String runningText) {

    public static final QueueSettingsView DEFAULT = new QueueSettingsView(PriorityRatio.DEFAULT, true, "");
}
