package id.giliran.api.masterdata;

public record CounterRegisteredEvent(String counterId, int number, String name) {
}
