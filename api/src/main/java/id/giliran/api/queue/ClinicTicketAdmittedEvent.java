package id.giliran.api.queue;

import java.time.LocalDate;

/** A ticket counts against its clinic's daily quota (priority and general tickets alike). */
public record ClinicTicketAdmittedEvent(String clinicDayId, String clinicCode, LocalDate serviceDate, String ticketId,
                                        int admittedToday, int dailyQuota) {
}
