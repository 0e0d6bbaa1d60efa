package id.giliran.api.bpjs;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

import java.time.LocalDate;

/**
 * The PCare calls of one day (in the Puskesmas' zone), newest first, answered with a list of
 * {@link PcareCallLogEntry}.
 *
 * @param action         only this action (e.g. {@code ADD_VISIT}); {@code null} or blank for all
 * @param outcome        only this outcome ({@code SUCCESS}, {@code NO_DATA}, {@code FAILURE}); {@code null} for all
 * @param username       only calls caused by this user (exact); {@code null} for all
 * @param registrationId only calls for this registration; {@code null} for all
 * @param limit          at most this many entries (capped by the projection)
 */
@Permitted({Role.ADMIN, Role.AUDITOR})
public record FindPcareCallLogQuery(LocalDate date, String action, String outcome, String username,
                                    String registrationId, int limit) {

    public static FindPcareCallLogQuery of(LocalDate date) {
        return new FindPcareCallLogQuery(date, null, null, null, null, 500);
    }
}
