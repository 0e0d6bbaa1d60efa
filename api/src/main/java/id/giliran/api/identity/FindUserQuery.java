package id.giliran.api.identity;

/** One account (for sign-in: the system only, and admins); answered with {@code Optional<UserView>}. */
@Permitted(Role.ADMIN)
public record FindUserQuery(String username) {
}
