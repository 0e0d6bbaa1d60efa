package id.giliran.api.masterdata;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Replaces a doctor's weekly schedule; slots of one day must not overlap. */
@Permitted(Role.ADMIN)
public record SetDoctorScheduleCommand(@TargetAggregateIdentifier String doctorId, List<ScheduleSlot> slots) {
}
