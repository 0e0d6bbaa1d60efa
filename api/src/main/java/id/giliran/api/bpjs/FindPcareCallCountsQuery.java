package id.giliran.api.bpjs;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

import java.time.LocalDate;

/** How many PCare calls a day had (in the Puskesmas' zone), by outcome: a {@link PcareCallCounts}. */
@Permitted({Role.ADMIN, Role.AUDITOR})
public record FindPcareCallCountsQuery(LocalDate date) {
}
