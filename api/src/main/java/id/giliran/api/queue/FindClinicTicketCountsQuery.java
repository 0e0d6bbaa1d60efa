package id.giliran.api.queue;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

import java.time.LocalDate;

/** How many tickets each clinic has issued on a service day; a list of {@link ClinicTicketCount}. */
@Permitted(value = {Role.PETUGAS_LOKET, Role.ADMIN, Role.PASIEN}, anyone = true)
public record FindClinicTicketCountsQuery(LocalDate serviceDate) {
}
