package id.giliran.api.queue;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

/** One ticket, with how many are ahead of it; answered with {@code Optional<TicketView>}. */
@Permitted(value = {Role.PETUGAS_LOKET, Role.ADMIN, Role.PASIEN}, anyone = true)
public record FindTicketQuery(String ticketId) {
}
