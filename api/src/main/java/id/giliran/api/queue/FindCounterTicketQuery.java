package id.giliran.api.queue;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

import java.time.LocalDate;

/** The ticket last called to a counter on a service day, in whatever state it is now; {@code Optional<TicketView>}. */
@Permitted({Role.PETUGAS_LOKET, Role.ADMIN})
public record FindCounterTicketQuery(LocalDate serviceDate, int counterNumber) {
}
