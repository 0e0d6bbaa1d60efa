package id.giliran.api.counseling;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Sets the school's counseling service frame (frameId {@link ServiceFrame#ID}); hours of one day must not overlap. */
@Permitted(Role.ADMIN)
public record SetServiceFrameCommand(@TargetAggregateIdentifier String frameId, List<WeeklyHours> hours) {
}
