package id.giliran.api.counseling;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

/** Active student accounts whose name or username contains the text, for requests on a student's behalf; answers a list of {@link StudentAccount}. */
@Permitted({Role.KONSELOR, Role.ADMIN})
public record FindStudentAccountsQuery(String text) {
}
