package id.giliran.api.identity;

import java.util.Set;

/** What sign-in needs of an account: its roles and whether it is active. */
public record AccountStanding(String username, Set<Role> roles, boolean active) {
}
