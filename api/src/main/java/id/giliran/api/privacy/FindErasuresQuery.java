package id.giliran.api.privacy;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

/** The erasures done, newest first (ADMIN and AUDITOR): answers a list of {@link ErasureView}. */
@Permitted({Role.ADMIN, Role.AUDITOR})
public record FindErasuresQuery(int limit) {
}
