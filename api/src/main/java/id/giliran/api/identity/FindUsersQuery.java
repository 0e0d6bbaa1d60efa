package id.giliran.api.identity;

/** Every account, by username; answered with a list of {@link UserView}. */
@Permitted(Role.ADMIN)
public record FindUsersQuery() {
}
