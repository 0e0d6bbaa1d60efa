package id.giliran.api.report;

import java.time.LocalDate;

/** The statistics of a service day changed. */
public record DashboardChanged(LocalDate serviceDate) {
}
