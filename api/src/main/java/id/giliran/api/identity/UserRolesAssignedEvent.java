package id.giliran.api.identity;

import java.util.Set;

public record UserRolesAssignedEvent(String username, Set<Role> roles) {
}
