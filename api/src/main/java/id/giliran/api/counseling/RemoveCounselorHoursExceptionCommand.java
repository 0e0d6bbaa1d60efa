package id.giliran.api.counseling;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Removes a date exception. */
@Permitted({Role.KONSELOR, Role.ADMIN})
public record RemoveCounselorHoursExceptionCommand(@TargetAggregateIdentifier String counselorId, String exceptionId) {
}
