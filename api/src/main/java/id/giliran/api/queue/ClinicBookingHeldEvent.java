package id.giliran.api.queue;

import java.time.LocalDate;

/** A patient's online booking holds its place in a clinic's day: one active booking per patient. */
public record ClinicBookingHeldEvent(String clinicDayId, String clinicCode, LocalDate serviceDate, String patient,
                                     String ticketId) {
}
