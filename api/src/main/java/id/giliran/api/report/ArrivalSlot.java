package id.giliran.api.report;

import java.time.LocalTime;

/** Patients who came in the half hour from {@code start} (local time of the Puskesmas). */
public record ArrivalSlot(LocalTime start, long patients) {
}
