package id.giliran.api.identity;

/**
 * An account's roles and whether it is active, from the account aggregate itself (its events), not
 * from a read model that may lag behind or have parked events: what sign-in trusts. Answered with
 * {@code Optional<AccountStanding>}; sent by the system at sign-in (and allowed to admins).
 */
@Permitted(Role.ADMIN)
public record FindAccountStandingQuery(String username) {
}
