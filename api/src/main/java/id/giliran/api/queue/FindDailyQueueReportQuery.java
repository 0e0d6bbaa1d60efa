package id.giliran.api.queue;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

import java.time.LocalDate;

/** The day's queue per clinic, for the admin's history; a list of {@link ClinicDayReport}. */
@Permitted(Role.ADMIN)
public record FindDailyQueueReportQuery(LocalDate serviceDate) {
}
