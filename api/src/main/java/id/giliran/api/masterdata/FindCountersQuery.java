package id.giliran.api.masterdata;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

/** The registered counters by number; answered with a list of {@link CounterView}. */
@Permitted(value = {Role.PETUGAS_LOKET, Role.ADMIN}, anyone = true)
public record FindCountersQuery() {
}
