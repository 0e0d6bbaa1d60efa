package id.giliran.api.counseling;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The counselor marks a confirmed session done, once it has started. */
@Permitted(Role.KONSELOR)
public record CompleteCounselingCommand(@TargetAggregateIdentifier String counselorId, String bookingId) {
}
