package id.giliran.api.masterdata;

public record CounterView(String counterId, int number, String name) {
}
