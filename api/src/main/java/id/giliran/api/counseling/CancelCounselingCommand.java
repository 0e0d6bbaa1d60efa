package id.giliran.api.counseling;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cancels a live booking with a reason: by its counselor, its student or ADMIN. */
@Permitted({Role.KONSELOR, Role.SISWA, Role.ADMIN})
public record CancelCounselingCommand(@TargetAggregateIdentifier String counselorId, String bookingId, String reason) {
}
