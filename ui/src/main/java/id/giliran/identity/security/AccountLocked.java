package id.giliran.identity.security;

/** Spring application event: too many failed sign-ins locked this account. */
public record AccountLocked(String username, String clientAddress) {
}
