package id.giliran.api.counseling;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The counselor confirms a pending booking. */
@Permitted(Role.KONSELOR)
public record ConfirmCounselingCommand(@TargetAggregateIdentifier String counselorId, String bookingId) {
}
