package id.giliran.api.masterdata;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An admin sets how a clinic takes tickets. The ticket prefix stays as registered (numbers already
 * issued carry it).
 *
 * @param bpjsPoliCode the clinic's code at BPJS (kdPoli), may be empty
 * @param dailyQuota   tickets per service day (priority and general together); 0 = no limit
 * @param displayOrder where the clinic stands on the kiosk, smallest first
 */
@Permitted(Role.ADMIN)
public record ConfigureClinicCommand(
        @TargetAggregateIdentifier String clinicCode,
        String name,
        String bpjsPoliCode,
        int dailyQuota,
        boolean active,
        int displayOrder) {
}
