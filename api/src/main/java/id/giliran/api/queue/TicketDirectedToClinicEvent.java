package id.giliran.api.queue;

import java.time.Instant;
import java.time.LocalDate;

/** Registration is complete: the patient goes on to the clinic with the medical record. */
public record TicketDirectedToClinicEvent(String ticketId, LocalDate serviceDate, TicketNumber number,
                                          String clinicCode, String registrationId, Instant directedAt) {
}
