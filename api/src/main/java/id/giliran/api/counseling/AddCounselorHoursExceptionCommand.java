package id.giliran.api.counseling;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds a day off or extra hours on one date (extra hours inside the service frame). */
@Permitted({Role.KONSELOR, Role.ADMIN})
public record AddCounselorHoursExceptionCommand(@TargetAggregateIdentifier String counselorId, HoursException exception) {
}
