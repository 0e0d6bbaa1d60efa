package id.giliran.api.identity;

import java.time.Instant;
import java.util.Set;

/** An account was opened, by the person themselves or by an admin. */
public record UserRegisteredEvent(
        String username,
        String displayName,
        Set<Role> roles,
        boolean selfRegistered,
        Instant registeredAt) {
}
