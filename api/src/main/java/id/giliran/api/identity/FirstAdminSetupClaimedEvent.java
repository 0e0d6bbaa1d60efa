package id.giliran.api.identity;

import java.time.Instant;

/** The one-time first-admin setup was claimed (who became admin is in the {@link UserRegisteredEvent} after it). */
public record FirstAdminSetupClaimedEvent(String setupId, Instant claimedAt) {
}
