package id.giliran.api.queue;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

import java.time.LocalDate;

/**
 * A patient's online tickets for service days from {@code from} on, earliest first. A patient sees
 * only their own.
 */
@Permitted(Role.PASIEN)
public record FindPatientTicketsQuery(String patient, LocalDate from) {
}
