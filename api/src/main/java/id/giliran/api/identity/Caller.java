package id.giliran.api.identity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who sent a message, as its metadata says: the acting user, their roles and the client address.
 * Set by the dispatching side from the signed-in session; events inherit it.
 *
 * @param username {@link #ANONYMOUS} for people not signed in, {@link #SYSTEM} for the application itself
 */
public record Caller(String username, Set<Role> roles, String clientAddress) {

    public static final String USERNAME = "username";
    public static final String ROLES = "roles";
    public static final String CLIENT_ADDRESS = "clientAddress";
    public static final String ANONYMOUS = "anonymous";
    public static final String SYSTEM = "system";

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Caller system() {
        return new Caller(SYSTEM, Set.of(), "local");
    }

    /** Reads the caller from a message's metadata; a message without one was sent by nobody known. */
    public static Caller fromMetaData(Map<String, ?> metaData) {
        Object username = metaData.get(USERNAME);
        Object roles = metaData.get(ROLES);
        Object address = metaData.get(CLIENT_ADDRESS);
        return new Caller(username == null ? null : username.toString(), parseRoles(roles),
                address == null ? null : address.toString());
    }

    public Map<String, String> toMetaData() {
        return Map.of(USERNAME, String.valueOf(username), ROLES, rolesText(),
                CLIENT_ADDRESS, String.valueOf(clientAddress));
    }

    public String rolesText() {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    public boolean isSystem() {
        return SYSTEM.equals(username);
    }

    public boolean isAnonymous() {
        return ANONYMOUS.equals(username);
    }

    public boolean isSignedIn() {
        return username != null && !isSystem() && !isAnonymous();
    }

    public boolean hasAnyRole(Role... wanted) {
        return Arrays.stream(wanted).anyMatch(roles::contains);
    }

    private static Set<Role> parseRoles(Object roles) {
        if (roles == null || roles.toString().isBlank()) {
            return Set.of();
        }
        return Arrays.stream(roles.toString().split(","))
                     .map(String::strip)
                     .filter(name -> Arrays.stream(Role.values()).anyMatch(role -> role.name().equals(name)))
                     .map(Role::valueOf)
                     .collect(Collectors.toUnmodifiableSet());
    }
}
