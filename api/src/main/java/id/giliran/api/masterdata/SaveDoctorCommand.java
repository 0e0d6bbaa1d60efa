package id.giliran.api.masterdata;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Adds a doctor or changes one: name, practice licence (SIP), home clinic, the PCare doctor code
 * (kdDokter, may be empty) and whether the doctor practises here now.
 */
@Permitted(Role.ADMIN)
public record SaveDoctorCommand(@TargetAggregateIdentifier String doctorId, String name, String sipNumber,
                                String clinicCode, String bpjsDoctorCode, boolean active) {
}
