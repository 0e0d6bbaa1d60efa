package id.giliran.api.patient;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Change a patient's data: {@code details} is the whole new record, {@code reason} says why
 * (required). Answers the patient's revision after the change (see {@link PatientView#revision()}).
 *
 * @param nikMismatchReason as in {@link RegisterPatientCommand}; only asked for when the NIK, birth
 *                          date or sex change and then disagree
 */
@Permitted({Role.PETUGAS_LOKET, Role.ADMIN})
public record UpdatePatientCommand(
        @TargetAggregateIdentifier String patientId,
        PatientDetails details,
        String reason,
        String nikMismatchReason) {
}
