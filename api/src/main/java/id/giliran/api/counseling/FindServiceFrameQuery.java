package id.giliran.api.counseling;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

/** The counseling service frame ({@link ServiceFrame#DEFAULT} until ADMIN sets one); answers a {@link ServiceFrame}. */
@Permitted({Role.ADMIN, Role.KONSELOR, Role.SISWA})
public record FindServiceFrameQuery() {
}
