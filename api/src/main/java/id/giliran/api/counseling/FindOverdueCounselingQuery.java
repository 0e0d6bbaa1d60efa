package id.giliran.api.counseling;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

/** Every request flagged for not being answered within 24 hours that is still pending; answers a list of {@link CounselingBookingView}. */
@Permitted(Role.ADMIN)
public record FindOverdueCounselingQuery() {
}
