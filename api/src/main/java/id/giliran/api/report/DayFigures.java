package id.giliran.api.report;

import java.time.LocalDate;
import java.util.List;

/** One service day of a report: the queue overall and per clinic, registrations and BPJS. */
public record DayFigures(LocalDate date, QueueFigures queue, List<ClinicFigures> clinics,
                         RegistrationFigures registrations, BpjsFigures bpjs) {
}
