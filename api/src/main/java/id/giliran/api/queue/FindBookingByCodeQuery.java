package id.giliran.api.queue;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

import java.time.LocalDate;

/** The online booking with this code for this service day (the kiosk's arrival check); empty if none. */
@Permitted(value = {Role.PETUGAS_LOKET, Role.ADMIN}, anyone = true)
public record FindBookingByCodeQuery(String bookingCode, LocalDate serviceDate) {
}
