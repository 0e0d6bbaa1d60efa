package id.giliran.api.counseling;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The counselor records that the student did not come, once the session has started. */
@Permitted(Role.KONSELOR)
public record RecordCounselingNoShowCommand(@TargetAggregateIdentifier String counselorId, String bookingId) {
}
