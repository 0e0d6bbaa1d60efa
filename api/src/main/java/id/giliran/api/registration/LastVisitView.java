package id.giliran.api.registration;

import java.time.LocalDate;

/**
 * A patient's last visit.
 *
 * @param serviceDate the latest service date of the patient's registrations, null when there is none
 * @param complete    false while the registration read model is being rebuilt: then the answer may miss visits,
 *                    and a decision that cannot be undone (an erasure) must not rest on it
 */
public record LastVisitView(String patientId, LocalDate serviceDate, boolean complete) {
}
