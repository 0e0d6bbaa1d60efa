package id.giliran.api.registration;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import id.giliran.api.queue.PaymentType;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The front desk registers the patient of a called ticket: who (a registered patient, new or
 * returning), how they pay, the clinic and the doctor on duty, notes. One live registration per ticket.
 */
@Permitted({Role.PETUGAS_LOKET, Role.ADMIN})
public record StartRegistrationCommand(@TargetAggregateIdentifier String registrationId, String ticketId,
                                       String patientId, PatientKind patientKind, PaymentType payment,
                                       String clinicCode, String doctorId, String notes) {
}
