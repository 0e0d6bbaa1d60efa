package id.giliran.api.registration;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

/** The live (in progress or completed) registration of a ticket, if any. */
@Permitted({Role.PETUGAS_LOKET, Role.ADMIN})
public record FindTicketRegistrationQuery(String ticketId) {
}
