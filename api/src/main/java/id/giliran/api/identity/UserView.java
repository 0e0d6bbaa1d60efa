package id.giliran.api.identity;

import java.time.Instant;
import java.util.Set;

public record UserView(String username, String displayName, Set<Role> roles, boolean active, Instant registeredAt) {
}
