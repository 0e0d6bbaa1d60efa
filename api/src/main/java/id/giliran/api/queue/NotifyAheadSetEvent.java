package id.giliran.api.queue;

public record NotifyAheadSetEvent(String settingsId, int tickets) {
}
