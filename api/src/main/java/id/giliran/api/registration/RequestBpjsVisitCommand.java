package id.giliran.api.registration;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * "Daftarkan ke BPJS": register the registration's visit with PCare. Allowed for a BPJS-paying
 * registration in progress or completed whose latest BPJS check found an active participant; asking
 * again changes nothing unless the last request failed.
 *
 * @param providerCode the participant's own FKTP code (kdProviderPeserta); may be null, the sender then asks PCare
 * @param poliCode     the clinic's PCare code (kdPoli)
 */
@Permitted({Role.PETUGAS_LOKET, Role.ADMIN})
public record RequestBpjsVisitCommand(@TargetAggregateIdentifier String registrationId, String cardNumber,
                                      LocalDate visitDate, String providerCode, String poliCode) {
}
