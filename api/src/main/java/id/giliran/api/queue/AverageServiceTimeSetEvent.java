package id.giliran.api.queue;

public record AverageServiceTimeSetEvent(String settingsId, int minutes) {
}
