package id.giliran.api.registration;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

/**
 * A patient's last visit as the registration read model knows it: the latest service date of their registrations
 * (of any status: a cancelled registration still opened the medical record that day). Answered with a
 * {@link LastVisitView}. The erasure's retention rule (PMK 24/2022) asks it.
 */
@Permitted(Role.ADMIN)
public record FindLastVisitQuery(String patientId) {
}
