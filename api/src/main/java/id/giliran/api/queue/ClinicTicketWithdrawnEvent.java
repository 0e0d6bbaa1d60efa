package id.giliran.api.queue;

import java.time.LocalDate;

/**
 * A cancelled booking gave its place in a clinic's day back: the quota counts one fewer and the
 * patient may book that clinic and day again.
 */
public record ClinicTicketWithdrawnEvent(String clinicDayId, String clinicCode, LocalDate serviceDate,
                                         String ticketId, String patient, int admittedToday) {
}
