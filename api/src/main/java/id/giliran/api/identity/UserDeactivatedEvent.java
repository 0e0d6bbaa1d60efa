package id.giliran.api.identity;

public record UserDeactivatedEvent(String username) {
}
