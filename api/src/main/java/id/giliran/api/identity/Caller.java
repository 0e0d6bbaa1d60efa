package id.giliran.api.identity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who sent a message, as its metadata says: the acting user, their roles and the client address.
 * Set by the dispatching side from the signed-in session, or as the system by {@link SystemWork}, and signed
 * there ({@link #SIGNATURE}: an HMAC over the caller and the message id with a key every instance derives from
 * the master key); handlers refuse a command or query whose signature is missing or wrong. Events inherit the
 * caller of the command that caused them (unsigned: an event is a record, not a request).
 *
 * @param username {@link #ANONYMOUS} for people not signed in, {@link #SYSTEM} for the application itself
 */
public record Caller(String username, Set<Role> roles, String clientAddress) {

    public static final String USERNAME = "username";
    public static final String ROLES = "roles";
    public static final String CLIENT_ADDRESS = "clientAddress";
    public static final String ANONYMOUS = "anonymous";
    public static final String SYSTEM = "system";
    /** The metadata key of the caller's signature; never copied from a handled message into the ones it causes. */
    public static final String SIGNATURE = "callerSignature";

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Caller system() {
        return new Caller(SYSTEM, Set.of(), "local");
    }

    /** No one: a thread without a signed-in user, a request or {@link SystemWork}; what it sends is refused. */
    public static Caller nobody() {
        return new Caller(null, Set.of(), null);
    }

    /** Reads the caller from a message's metadata; a message without one was sent by nobody known. */
    public static Caller fromMetaData(Map<String, ?> metaData) {
        Object username = metaData.get(USERNAME);
        Object roles = metaData.get(ROLES);
        Object address = metaData.get(CLIENT_ADDRESS);
        return new Caller(username == null ? null : username.toString(), parseRoles(roles),
                address == null ? null : address.toString());
    }

    /** The caller as metadata; a part that is not known (no one's username, an unknown address) is left out. */
    public Map<String, String> toMetaData() {
        Map<String, String> metaData = new java.util.LinkedHashMap<>();
        if (username != null) {
            metaData.put(USERNAME, username);
        }
        metaData.put(ROLES, rolesText());
        if (clientAddress != null) {
            metaData.put(CLIENT_ADDRESS, clientAddress);
        }
        return java.util.Collections.unmodifiableMap(metaData);
    }

    public boolean isNobody() {
        return username == null;
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
