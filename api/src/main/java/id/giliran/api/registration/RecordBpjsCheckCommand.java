package id.giliran.api.registration;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The officer checked the patient's BPJS membership ("Cek BPJS") and BPJS answered with this participant. */
@Permitted({Role.PETUGAS_LOKET, Role.ADMIN})
public record RecordBpjsCheckCommand(@TargetAggregateIdentifier String registrationId, String cardNumber,
                                     String participantName, boolean active, String participantClass,
                                     String participantType, String providerName, LocalDate validUntil) {
}
