package id.giliran.api.masterdata;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Registers a doctor with a weekly schedule once; registering an existing doctor changes nothing,
 * so seeding is idempotent and never undoes an admin's changes.
 */
@Permitted(Role.ADMIN)
public record RegisterDoctorCommand(@TargetAggregateIdentifier String doctorId, String name, String sipNumber,
                                    String clinicCode, String bpjsDoctorCode, List<ScheduleSlot> slots) {
}
