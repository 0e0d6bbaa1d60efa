package id.giliran.api.counseling;

/** A student's account, for requests made on their behalf. */
public record StudentAccount(String username, String displayName) {
}
