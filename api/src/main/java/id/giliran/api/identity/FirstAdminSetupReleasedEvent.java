package id.giliran.api.identity;

/** A claimed first-admin setup opened no admin and is open again. */
public record FirstAdminSetupReleasedEvent(String setupId) {
}
