package id.giliran.api.identity;

/** Every invitation code, newest first; answered with a list of {@link InvitationCodeView}. */
@Permitted(Role.ADMIN)
public record FindInvitationCodesQuery() {
}
