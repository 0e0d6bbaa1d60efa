package id.giliran.api.identity;

public record UserReactivatedEvent(String username) {
}
