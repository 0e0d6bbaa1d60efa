package id.giliran.inbox.query;

import id.giliran.api.identity.Role;

/** Who a notice is for: one person (by username) or everyone with a role. */
record Recipient(String username, Role role) {

    static Recipient user(String username) {
        return new Recipient(username, null);
    }

    static Recipient role(Role role) {
        return new Recipient(null, role);
    }

    boolean isRole() {
        return role != null;
    }

    /** Stable text for message ids: {@code user:<username>} or {@code role:<ROLE>}. */
    String key() {
        return isRole() ? "role:" + role.name() : "user:" + username;
    }
}
