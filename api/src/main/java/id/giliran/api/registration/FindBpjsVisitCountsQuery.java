package id.giliran.api.registration;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

import java.time.LocalDate;

/** Where the PCare visits of a service date stand, counted: a {@link BpjsVisitCounts}. */
@Permitted({Role.ADMIN, Role.AUDITOR})
public record FindBpjsVisitCountsQuery(LocalDate visitDate) {
}
