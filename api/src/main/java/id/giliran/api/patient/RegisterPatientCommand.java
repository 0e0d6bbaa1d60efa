package id.giliran.api.patient;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Register a new patient. The patient gets the next medical record number (answered as the
 * command's result) and holds its NIK: one patient per NIK.
 *
 * @param nikMismatchReason null, unless the officer accepts a NIK whose embedded birth date or sex
 *                          disagrees with the entered ones (see {@link Niks}); then why, and it is recorded
 */
@Permitted({Role.PETUGAS_LOKET, Role.ADMIN})
public record RegisterPatientCommand(
        @TargetAggregateIdentifier String patientId,
        PatientDetails details,
        String nikMismatchReason) {
}
