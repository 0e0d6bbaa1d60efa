package id.giliran.api.registration;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import id.giliran.api.queue.PaymentType;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Changes payment, clinic, doctor or notes before the registration completes. */
@Permitted({Role.PETUGAS_LOKET, Role.ADMIN})
public record ChangeRegistrationCommand(@TargetAggregateIdentifier String registrationId, PaymentType payment,
                                        String clinicCode, String doctorId, String notes) {
}
