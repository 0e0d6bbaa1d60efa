package id.giliran.api.bpjs;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

/**
 * "Cek BPJS" at the front desk: asks PCare about a participant by the 13-digit card number or the
 * 16-digit NIK. Answered with a {@link BpjsCheckView}, never with an exception for BPJS's failures.
 *
 * @param registrationId the registration the check is made for, named in the bridging log; may be {@code null}
 * @param patientId      the patient of that registration: the recorded call is that patient's personal data (sealed
 *                       with its key, erased with it); may be {@code null}
 */
@Permitted({Role.PETUGAS_LOKET, Role.ADMIN})
public record CheckBpjsParticipantQuery(String cardNumberOrNik, String registrationId, String patientId) {

    public CheckBpjsParticipantQuery(String cardNumberOrNik) {
        this(cardNumberOrNik, null, null);
    }
}
