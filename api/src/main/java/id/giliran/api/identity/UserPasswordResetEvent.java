package id.giliran.api.identity;

public record UserPasswordResetEvent(String username) {
}
